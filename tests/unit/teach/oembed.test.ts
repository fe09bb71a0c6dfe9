import { describe, expect, it } from 'vitest';
import { DEFAULT_ORIGIN, siteOrigin } from '$lib/server/origin';
import { defaultOptions, embedCode, type EmbedChapter } from '$lib/teach/embed-code';
import { oembedHref, oembedPayload } from '$lib/teach/oembed';

const chapter: EmbedChapter = {
	slug: 'the-demand',
	number: 1,
	title: 'The demand',
	steps: [
		{ id: 'one', label: 'One' },
		{ id: 'two', label: 'Two' }
	]
};

describe('oembedPayload', () => {
	const payload = oembedPayload('https://sealed.example/', chapter);

	it('is a complete oEmbed 1.0 rich response', () => {
		expect(payload).toEqual({
			type: 'rich',
			version: '1.0',
			title: 'Chapter 1: The demand',
			provider_name: 'Sealed',
			provider_url: 'https://sealed.example/',
			html: expect.any(String),
			width: 720,
			height: 640
		});
		expect(Number.isInteger(payload.width) && Number.isInteger(payload.height)).toBe(true);
	});

	it('carries exactly the code the builder gives for the whole chapter with its quiz', () => {
		expect(payload.html).toBe(
			embedCode('https://sealed.example', chapter, defaultOptions(chapter))
		);
		expect(payload.html).toContain(
			'src="https://sealed.example/embed/the-demand?quiz=1&amp;theme=auto"'
		);
	});

	it('survives a JSON round trip unchanged', () => {
		expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
	});

	it('is published at an absolute address per chapter', () => {
		expect(oembedHref('https://sealed.example/', 'the-demand')).toBe(
			'https://sealed.example/oembed/the-demand.json'
		);
	});

	it('points below the root for a site hosted there (a BASE_PATH build)', () => {
		const below = oembedPayload('https://school.example/sealed', chapter);
		expect(below.provider_url).toBe('https://school.example/sealed/');
		expect(below.html).toContain('src="https://school.example/sealed/embed/the-demand?');
		expect(below.html).toContain('src="https://school.example/sealed/embed.js"');
		expect(oembedHref('https://school.example/sealed/', 'the-demand')).toBe(
			'https://school.example/sealed/oembed/the-demand.json'
		);
	});
});

describe('siteOrigin (SEALED_ORIGIN)', () => {
	it('defaults to where npm start serves the site', () => {
		expect(DEFAULT_ORIGIN).toBe('http://localhost:4173');
		expect(siteOrigin({})).toBe(DEFAULT_ORIGIN);
		expect(siteOrigin({ SEALED_ORIGIN: '  ' })).toBe(DEFAULT_ORIGIN);
	});

	it('takes a configured origin, normalised', () => {
		expect(siteOrigin({ SEALED_ORIGIN: 'https://Sealed.example/' })).toBe('https://sealed.example');
	});

	it('stops the build for a value that is not an origin', () => {
		expect(() => siteOrigin({ SEALED_ORIGIN: 'sealed.example' })).toThrow(/SEALED_ORIGIN/);
		expect(() => siteOrigin({ SEALED_ORIGIN: 'https://sealed.example/app' })).toThrow(
			/SEALED_ORIGIN/
		);
	});
});
