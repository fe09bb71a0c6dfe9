import { createHash } from 'node:crypto';

/** One stylesheet of the client build: its file (`_app/immutable/assets/x.css`) and its text. */
export interface Sheet {
	file: string;
	text: string;
}

/**
 * Each chapter's own stylesheets, by chapter slug. SvelteKit inlines into a route's page the CSS
 * of every module the route may import dynamically, so each chapter page (and each embed and
 * worksheet) carried all seven chapters' diagram styles, about 25 KB the page never uses. These
 * functions take the other chapters' sheets back out of a prerendered page.
 */
export type ChapterSheets = ReadonlyMap<string, readonly Sheet[]>;

/** A CSP source expression for an inline block: `'sha256-…'` of its exact text. */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const STYLE = /<style>([\s\S]*?)<\/style>/;

/**
 * The `<link … disabled media="(max-width: 0)">` SvelteKit writes for a stylesheet it inlined:
 * it tells the script that loads a module's CSS that this sheet is already on the page. A sheet
 * taken out of the page must lose it too, or a later move to that chapter would never load it.
 */
function placeholderLink(file: string): RegExp {
	const name = file
		.split('/')
		.at(-1)!
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`<link href="[^"]*/${name}" rel="stylesheet" disabled[^>]*>`, 'g');
}

/**
 * `html` with the stylesheets of every chapter but `slug` removed from its one inline `<style>`
 * (with their placeholder links), and that style's hash in the page's CSP replaced by the new
 * text's. A sheet that `slug` shares stays. The page comes back untouched unless it has exactly
 * one `<style>` whose hash its CSP lists: a page whose style would be refused is worse than a
 * page with unused rules.
 */
export function keepOwnChapterCss(html: string, slug: string, sheets: ChapterSheets): string {
	if ((html.match(new RegExp(STYLE.source, 'g')) ?? []).length !== 1) return html;
	const css = STYLE.exec(html)![1]!;
	const oldHash = hashSource(css);
	if (!html.includes(oldHash)) return html;
	const own = new Set((sheets.get(slug) ?? []).map((sheet) => sheet.file));
	let kept = css;
	let page = html;
	for (const [other, list] of sheets) {
		if (other === slug) continue;
		for (const { file, text } of list) {
			if (own.has(file) || !text || !kept.includes(text)) continue;
			kept = kept.replace(text, '');
			page = page.replace(placeholderLink(file), '');
		}
	}
	if (kept === css) return html;
	return page.replace(STYLE, () => `<style>${kept}</style>`).replaceAll(oldHash, hashSource(kept));
}
