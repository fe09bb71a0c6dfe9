import { describe, expect, it } from 'vitest';
import {
	EMBED_HEIGHT,
	embedCode,
	embedOptions,
	embedPath,
	embedTitle,
	escapeAttribute,
	iframeCode,
	normaliseOrigin,
	normaliseSite,
	orderRange,
	parseOrigin,
	scriptCode,
	type EmbedChapter,
	type EmbedChoice
} from '$lib/teach/embed-code';

const chapter: EmbedChapter = {
	slug: 'the-demand',
	number: 1,
	title: 'The demand',
	steps: [
		{ id: 'one', label: 'One' },
		{ id: 'two', label: 'Two' },
		{ id: 'three', label: 'Three' },
		{ id: 'four', label: 'Four' }
	]
};

const choice = (overrides: Partial<EmbedChoice> = {}): EmbedChoice => ({
	slug: 'the-demand',
	from: 'one',
	to: 'four',
	quiz: true,
	theme: 'auto',
	report: '',
	...overrides
});

/** Undoes escapeAttribute, as an HTML parser reading the attribute would. */
const decode = (text: string) =>
	text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

/** The attributes of the first tag in `html`, decoded. */
function attributes(html: string): Record<string, string> {
	const tag = /^<\w+\s([^>]*)>/.exec(html)?.[1] ?? '';
	return Object.fromEntries(
		[...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decode(value!)])
	);
}

describe('escapeAttribute', () => {
	it('escapes everything that could end an attribute or start markup', () => {
		expect(escapeAttribute(`a & b "c" 'd' <e>`)).toBe(
			'a &amp; b &quot;c&quot; &#39;d&#39; &lt;e&gt;'
		);
	});

	it('escapes an ampersand first, so entities are not escaped twice', () => {
		expect(escapeAttribute('&quot;')).toBe('&amp;quot;');
		expect(decode(escapeAttribute('&quot; & "'))).toBe('&quot; & "');
	});
});

describe('parseOrigin', () => {
	it('takes an empty field as no reporting', () => {
		expect(parseOrigin('  ')).toEqual({ ok: true, origin: null });
	});

	it.each([
		['https://school.example', 'https://school.example'],
		['  https://School.Example/  ', 'https://school.example'],
		['http://localhost:4217', 'http://localhost:4217'],
		['https://vle.school.example:443', 'https://vle.school.example'],
		['http://[::1]:8080', 'http://[::1]:8080']
	])('accepts %j as %j', (text, origin) => {
		expect(parseOrigin(text)).toEqual({ ok: true, origin });
	});

	it.each([
		['school.example', 'must start with https://'],
		['ftp://school.example', 'must start with https://'],
		['javascript:alert(1)', 'must start with https://'],
		['https://school.example/course/7', 'leave out everything after the host name (“/course/7”)'],
		['https://school.example?x=1', 'leave out everything after the host name'],
		['https://school.example#top', 'leave out everything after the host name'],
		['https://teacher@school.example', 'leave out any user name'],
		['https://', 'the host name is not valid'],
		['https://bad host', 'the host name is not valid']
	])('rejects %j with a plain reason', (text, reason) => {
		const check = parseOrigin(text);
		expect(check.ok).toBe(false);
		if (!check.ok) {
			expect(check.error).toContain('is not an origin');
			expect(check.error).toContain(reason);
		}
	});

	it('normalises an origin for appending paths, and refuses anything else', () => {
		expect(normaliseOrigin('https://sealed.example/')).toBe('https://sealed.example');
		expect(() => normaliseOrigin('')).toThrow();
		expect(() => normaliseOrigin('sealed.example')).toThrow();
	});
});

describe('orderRange', () => {
	it('keeps an ordered range as it is', () => {
		expect(orderRange(chapter.steps, 'two', 'three')).toEqual({ from: 'two', to: 'three' });
	});

	it('moves the end along when the start passes it, and the start back when the end does', () => {
		expect(orderRange(chapter.steps, 'four', 'two', 'from')).toEqual({ from: 'four', to: 'four' });
		expect(orderRange(chapter.steps, 'three', 'one', 'to')).toEqual({ from: 'one', to: 'one' });
	});

	it('falls back to the chapter’s ends for ids it does not know', () => {
		expect(orderRange(chapter.steps, 'gone', 'gone')).toEqual({ from: 'one', to: 'four' });
	});
});

describe('embedOptions and embedPath', () => {
	it('leaves the chapter’s ends out of the URL, and writes quiz and theme', () => {
		const { options, reportError } = embedOptions(chapter, choice());
		expect(options).toEqual({ slug: 'the-demand', quiz: true, theme: 'auto' });
		expect(reportError).toBeNull();
		expect(embedPath(options)).toBe('/embed/the-demand?quiz=1&theme=auto');
	});

	it('carries a step range, quiz off, a theme and a reporting origin', () => {
		const { options } = embedOptions(
			chapter,
			choice({
				from: 'two',
				to: 'three',
				quiz: false,
				theme: 'dark',
				report: 'https://School.example/'
			})
		);
		const url = new URL(embedPath(options), 'https://sealed.example');
		expect(url.pathname).toBe('/embed/the-demand');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			from: 'two',
			to: 'three',
			quiz: '0',
			theme: 'dark',
			report: 'https://school.example'
		});
	});

	it('writes only the end that differs from the chapter’s', () => {
		expect(embedPath(embedOptions(chapter, choice({ from: 'two' })).options)).toBe(
			'/embed/the-demand?from=two&quiz=1&theme=auto'
		);
		expect(embedPath(embedOptions(chapter, choice({ to: 'three' })).options)).toBe(
			'/embed/the-demand?to=three&quiz=1&theme=auto'
		);
	});

	it('reports an invalid origin and leaves it out of the URL', () => {
		const { options, reportError } = embedOptions(chapter, choice({ report: 'school.example' }));
		expect(reportError).toContain('is not an origin');
		expect(options.report).toBeUndefined();
		expect(embedPath(options)).not.toContain('report');
	});

	it('names the steps in the title when only some are embedded', () => {
		const title = (overrides: Partial<EmbedChoice>) =>
			embedTitle(chapter, embedOptions(chapter, choice(overrides)).options);
		expect(title({})).toBe('Sealed, chapter 1: The demand');
		expect(title({ from: 'two', to: 'three' })).toBe(
			'Sealed, chapter 1: The demand (steps 2 to 3)'
		);
		expect(title({ from: 'three', to: 'three' })).toBe('Sealed, chapter 1: The demand (step 3)');
	});
});

describe('the code to paste', () => {
	const origin = 'https://sealed.example';

	it('is an iframe with exactly the attributes it needs, then the script line', () => {
		const options = embedOptions(chapter, choice({ from: 'two', theme: 'light' })).options;
		expect(embedCode(origin, chapter, options)).toBe(
			'<iframe src="https://sealed.example/embed/the-demand?from=two&amp;quiz=1&amp;theme=light" ' +
				'title="Sealed, chapter 1: The demand (steps 2 to 4)" width="100%" height="640" ' +
				'loading="lazy" referrerpolicy="no-referrer"></iframe>\n' +
				'<script src="https://sealed.example/embed.js" async></script>'
		);
	});

	it('grants the frame no permissions and sends no referrer', () => {
		const html = iframeCode(origin, chapter, embedOptions(chapter, choice()).options);
		const attrs = attributes(html);
		expect(attrs).not.toHaveProperty('allow');
		expect(attrs.referrerpolicy).toBe('no-referrer');
		expect(attrs.loading).toBe('lazy');
		expect(attrs.width).toBe('100%');
		expect(attrs.height).toBe(String(EMBED_HEIGHT));
	});

	it('escapes a title and a URL that carry quotes, ampersands and angle brackets', () => {
		const awkward: EmbedChapter = {
			...chapter,
			slug: 'a"b',
			title: `Keys & "locks" <b>'n'</b>`
		};
		const html = iframeCode(origin, awkward, {
			slug: awkward.slug,
			quiz: true,
			theme: 'auto',
			report: 'https://school.example'
		});
		// Nothing in the values can close the attribute or open a tag.
		expect(html.match(/</g)).toHaveLength(2);
		expect(html.match(/"/g)!.length % 2).toBe(0);
		const attrs = attributes(html);
		expect(attrs.title).toBe(`Sealed, chapter 1: Keys & "locks" <b>'n'</b>`);
		const src = new URL(attrs.src!);
		expect(src.pathname).toBe('/embed/a%22b');
		expect(src.searchParams.get('report')).toBe('https://school.example');
		expect(src.searchParams.get('theme')).toBe('auto');
	});

	it('points below the root when the site is hosted there (a BASE_PATH build)', () => {
		const site = 'https://school.example/sealed/';
		expect(scriptCode(site)).toBe(
			'<script src="https://school.example/sealed/embed.js" async></script>'
		);
		const { src } = attributes(
			iframeCode(site, chapter, { slug: 'the-demand', quiz: true, theme: 'auto' })
		);
		expect(src).toBe('https://school.example/sealed/embed/the-demand?quiz=1&theme=auto');
		expect(normaliseSite('https://school.example/a/b')).toBe('https://school.example/a/b');
		for (const bad of [
			'school.example/sealed',
			'ftp://school.example',
			'https://u@school.example',
			'https://school.example/?x=1',
			'https://school.example/#x'
		]) {
			expect(() => normaliseSite(bad), bad).toThrow();
		}
	});

	it('uses the origin it is given, without a doubled slash', () => {
		expect(scriptCode('http://localhost:4173/')).toBe(
			'<script src="http://localhost:4173/embed.js" async></script>'
		);
		expect(() =>
			iframeCode('not an origin', chapter, { slug: 'x', quiz: true, theme: 'auto' })
		).toThrow();
	});
});
