import { describe, expect, it } from 'vitest';
import {
	hashSource,
	keepOwnChapterCss,
	type ChapterSheets
} from '../../../src/lib/server/chapter-css';

const shared = '.term{color:red}';
const one = '.timeline{stroke:blue}';
const two = '.composer{border:1px solid}';
const sheets: ChapterSheets = new Map([
	['the-demand', [{ file: '_app/immutable/assets/01-the-demand.A.css', text: one }]],
	['how-a-message-travels', [{ file: '_app/immutable/assets/02-how.B.css', text: two }]]
]);

/** A page as SvelteKit prerenders it: the sheets inlined in one style, its hash in the CSP. */
function page(css: string, extra = ''): string {
	return [
		`<meta http-equiv="content-security-policy" content="style-src 'self' ${hashSource(css)}">`,
		'<link href="/_app/immutable/assets/01-the-demand.A.css" rel="stylesheet" disabled media="(max-width: 0)">',
		'<link href="/_app/immutable/assets/02-how.B.css" rel="stylesheet" disabled media="(max-width: 0)">',
		`<style>${css}</style>${extra}`
	].join('');
}

describe('keepOwnChapterCss', () => {
	it('takes the other chapters’ sheets out of the style and their placeholder links with them', () => {
		const out = keepOwnChapterCss(page(shared + one + two), 'the-demand', sheets);
		expect(out).toContain(`<style>${shared + one}</style>`);
		expect(out).not.toContain(two);
		expect(out).toContain('01-the-demand.A.css');
		expect(out).not.toContain('02-how.B.css');
	});

	it('puts the new style’s hash in the policy in place of the old one', () => {
		const before = page(shared + one + two);
		const out = keepOwnChapterCss(before, 'how-a-message-travels', sheets);
		expect(out).toContain(hashSource(shared + two));
		expect(out).not.toContain(hashSource(shared + one + two));
	});

	it('keeps a sheet the chapter shares with another', () => {
		const both: ChapterSheets = new Map([
			['the-demand', [{ file: 'x/common.css', text: shared }]],
			['how-a-message-travels', [{ file: 'x/common.css', text: shared }]]
		]);
		const before = page(shared + one);
		expect(keepOwnChapterCss(before, 'the-demand', both)).toBe(before);
	});

	it('leaves a page alone when its style’s hash is not in its policy', () => {
		const before = page(shared + one + two).replace(hashSource(shared + one + two), "'sha256-x'");
		expect(keepOwnChapterCss(before, 'the-demand', sheets)).toBe(before);
	});

	it('leaves a page with two styles, or none, alone', () => {
		const twoStyles = page(shared + one + two, '<style>.x{}</style>');
		expect(keepOwnChapterCss(twoStyles, 'the-demand', sheets)).toBe(twoStyles);
		expect(keepOwnChapterCss('<p>no style</p>', 'the-demand', sheets)).toBe('<p>no style</p>');
	});

	it('leaves a page about no chapter, or one with no other chapter’s sheet, unchanged', () => {
		const plain = page(shared);
		expect(keepOwnChapterCss(plain, 'the-demand', sheets)).toBe(plain);
		expect(keepOwnChapterCss(plain, 'the-demand', new Map())).toBe(plain);
	});

	it('does not read a $ in the CSS as a replacement pattern', () => {
		const dollar = ".a::after{content:'$&'}";
		const out = keepOwnChapterCss(page(dollar + one + two), 'the-demand', sheets);
		expect(out).toContain(`<style>${dollar + one}</style>`);
	});
});
