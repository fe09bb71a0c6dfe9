import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseEmbedOptions, parseOrigin } from '$lib/embed/options';

const ids = ['a-start', 'the-middle', 'more', 'the-end'];
const parse = (search: string) => parseEmbedOptions(search, ids);

describe('embed options', () => {
	it('are the defaults with no query string, or an empty one', () => {
		expect(parse('')).toEqual(DEFAULT_OPTIONS);
		expect(parse('?')).toEqual(DEFAULT_OPTIONS);
		expect(DEFAULT_OPTIONS).toEqual({
			from: null,
			to: null,
			quiz: true,
			theme: 'auto',
			report: null
		});
	});

	it('read every option, with or without the leading ?', () => {
		expect(
			parse('?from=the-middle&to=more&quiz=0&theme=dark&report=https://lms.example.org')
		).toEqual({
			from: 'the-middle',
			to: 'more',
			quiz: false,
			theme: 'dark',
			report: 'https://lms.example.org'
		});
		expect(parse('quiz=1&theme=light')).toMatchObject({ quiz: true, theme: 'light' });
		expect(parse('theme=auto').theme).toBe('auto');
	});

	it('show a range from one step to another, or from one step on, or up to one', () => {
		expect(parse('from=more')).toMatchObject({ from: 'more', to: null });
		expect(parse('to=the-middle')).toMatchObject({ from: null, to: 'the-middle' });
		expect(parse('from=more&to=more')).toMatchObject({ from: 'more', to: 'more' });
	});

	it('ignore unknown step ids, keeping the chapter end for that side', () => {
		expect(parse('from=nowhere&to=more')).toMatchObject({ from: null, to: 'more' });
		expect(parse('from=the-middle&to=THE-END')).toMatchObject({ from: 'the-middle', to: null });
		expect(parse('from=&to=')).toMatchObject({ from: null, to: null });
		// Ids are matched exactly: not as prefixes, patterns or numbers.
		expect(parse('from=the&to=1')).toMatchObject({ from: null, to: null });
	});

	it('show the whole chapter when the range ends before it starts', () => {
		expect(parse('from=more&to=a-start')).toMatchObject({ from: null, to: null });
	});

	it('fall back to the default for values they do not know, with no error', () => {
		expect(parse('quiz=yes&theme=purple')).toEqual(DEFAULT_OPTIONS);
		expect(parse('quiz=00&theme=')).toEqual(DEFAULT_OPTIONS);
		expect(parse('quiz=-1&theme=darker')).toEqual(DEFAULT_OPTIONS);
		expect(parse('theme=%20Dark%20').theme).toBe('dark');
		expect(parse('unknown=1&from').from).toBeNull();
	});

	it('use a repeated option only when every copy agrees', () => {
		expect(parse('theme=dark&theme=dark').theme).toBe('dark');
		expect(parse('theme=dark&theme=light').theme).toBe('auto');
		expect(parse('quiz=0&quiz=1').quiz).toBe(true);
		expect(parse('from=more&from=the-middle').from).toBeNull();
		expect(parse('report=https://a.example&report=https://b.example').report).toBeNull();
	});

	it('survive huge, broken and hostile query strings', () => {
		const huge = 'x'.repeat(1_000_000);
		expect(parse(`from=${huge}&theme=${huge}&report=https://${huge}.example`)).toEqual(
			DEFAULT_OPTIONS
		);
		expect(parse(`${'a=1&'.repeat(50_000)}theme=dark`).theme).toBe('auto');
		expect(parse('from=%E0%A4%A&theme=%ZZ&quiz=%00')).toEqual(DEFAULT_OPTIONS);
		expect(parse('__proto__=1&constructor=2&toString=3')).toEqual(DEFAULT_OPTIONS);
		expect(parse('from=__proto__&to=constructor')).toMatchObject({ from: null, to: null });
		expect(parseEmbedOptions('from=a-start', [])).toMatchObject({ from: null });
	});

	it('never return the shared defaults object, so a page may change its copy', () => {
		const options = parse('');
		options.quiz = false;
		expect(DEFAULT_OPTIONS.quiz).toBe(true);
	});
});

describe('report origin', () => {
	it('accepts an http or https origin written exactly as the browser writes it', () => {
		expect(parseOrigin('https://lms.example.org')).toBe('https://lms.example.org');
		expect(parseOrigin('http://localhost:4216')).toBe('http://localhost:4216');
		expect(parseOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
		expect(parseOrigin('https://xn--bcher-kva.example')).toBe('https://xn--bcher-kva.example');
	});

	it('refuses anything that is not exactly an origin', () => {
		for (const value of [
			null,
			'',
			'*',
			'null',
			'/',
			'lms.example.org',
			'https://lms.example.org/',
			'https://lms.example.org/course',
			'https://lms.example.org?x=1',
			'https://lms.example.org#x',
			'https://LMS.example.org',
			'https://lms.example.org:443',
			'http://lms.example.org:80',
			'https://user@lms.example.org',
			' https://lms.example.org',
			'https://lms.example.org ',
			'javascript:alert(1)',
			'data:text/html,hi',
			'file:///etc/passwd',
			'ftp://lms.example.org',
			'ws://lms.example.org',
			'https://bücher.example',
			`https://${'a'.repeat(600)}.example`
		]) {
			expect(parseOrigin(value), String(value)).toBeNull();
		}
	});
});
