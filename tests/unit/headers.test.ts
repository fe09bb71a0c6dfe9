/** static/_headers and the reader scripts/serve.mjs applies it with (as Netlify and Cloudflare do). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';

const rules = parseHeaders(readFileSync('static/_headers', 'utf8'));
const header = (path: string, name: string) => headersFor(rules, path).get(name)?.value;

describe('reading a _headers file', () => {
	it('applies every matching rule, joining a header named twice as the hosts do', () => {
		const parsed = parseHeaders('# note\n/*\n  A: 1\n/x/:id\n  A: 2\n  B: 3\n\n/y\n  B: 4\n');
		expect(headersFor(parsed, '/x/7').get('a')?.value).toBe('1, 2');
		expect(headersFor(parsed, '/x/7').get('b')?.value).toBe('3');
		expect(headersFor(parsed, '/x/7/8').get('b')).toBeUndefined();
		expect(headersFor(parsed, '/y').get('b')?.value).toBe('4');
		expect(headersFor(parsed, '/yz').get('b')).toBeUndefined();
	});

	it('refuses what it does not understand, naming the line', () => {
		expect(() => parseHeaders('  A: 1\n')).toThrow('line 1');
		expect(() => parseHeaders('/a\n  no colon here\n')).toThrow('line 2');
		expect(() => parseHeaders('a\n  A: 1\n')).toThrow('line 1');
	});
});

describe('static/_headers', () => {
	const site = ['/', '/404', '/chapters/the-demand', '/final', '/glossary', '/progress'];
	const more = ['/sources', '/teach', '/teach/the-demand/worksheet', '/teach/the-law/answers'];

	it('lets the site be framed by itself only, with one policy per page', () => {
		for (const path of [...site, ...more]) {
			expect(header(path, 'content-security-policy'), path).toBe("frame-ancestors 'self'");
		}
	});

	it('lets any site frame an embed, with no second policy undoing it', () => {
		for (const path of ['/embed/the-demand', '/embed/what-happened-next']) {
			expect(header(path, 'content-security-policy'), path).toBe('frame-ancestors *');
		}
	});

	it('keeps even unknown addresses out of other sites’ frames', () => {
		for (const path of ['/no-such-page', '/chapters', '/embed.js', '/_app/version.json']) {
			expect(header(path, 'x-frame-options'), path).toBe('SAMEORIGIN');
		}
	});

	it('sends the privacy and hardening headers everywhere', () => {
		for (const path of ['/', '/embed/the-demand', '/favicon.svg', '/no-such-page']) {
			expect(header(path, 'x-content-type-options')).toBe('nosniff');
			expect(header(path, 'referrer-policy')).toBe('no-referrer');
			expect(header(path, 'strict-transport-security')).toBe('max-age=63072000');
			const policy = header(path, 'permissions-policy') ?? '';
			for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
				expect(policy).toContain(`${feature}=()`);
			}
			// The teachers' page copies embed code: the clipboard stays allowed.
			expect(policy).not.toContain('clipboard');
		}
	});

	it('caches hashed build output for good, and lets anyone read oEmbed files', () => {
		expect(header('/_app/immutable/chunks/a1b2.js', 'cache-control')).toContain('immutable');
		expect(header('/service-worker.js', 'cache-control')).toBe('no-cache');
		expect(header('/oembed/the-demand.json', 'access-control-allow-origin')).toBe('*');
		expect(header('/chapters/the-demand', 'access-control-allow-origin')).toBeUndefined();
	});
});
