/** The Trusted Types policy's check: only Sealed's own script files may be loaded by address. */
import { describe, expect, it } from 'vitest';
import { checkScriptUrl } from '$lib/security/trusted-types';

const page = {
	href: 'https://sealed.example/chapters/what-a-backdoor-would-change',
	origin: 'https://sealed.example'
};
const check = (value: string) => checkScriptUrl(value, page, true);

describe('the sealed-script-url policy', () => {
	it('admits the service worker and built workers, as absolute addresses', () => {
		expect(check('/service-worker.js')).toBe('https://sealed.example/service-worker.js');
		expect(check('/_app/immutable/workers/brute-force.worker-D-RqceRH.js')).toBe(
			'https://sealed.example/_app/immutable/workers/brute-force.worker-D-RqceRH.js'
		);
		expect(check('https://sealed.example/service-worker.js')).toBe(
			'https://sealed.example/service-worker.js'
		);
	});

	it('refuses scripts from anywhere else, or that are not plain script files', () => {
		for (const value of [
			'https://evil.example/service-worker.js',
			'//evil.example/x.js',
			'http://sealed.example/service-worker.js',
			'javascript:alert(1)',
			'data:text/javascript,alert(1)',
			'blob:https://sealed.example/1234',
			'/service-worker.js?x=1',
			'/service-worker.js#x',
			'/src/lib/backdoors/brute-force.worker.ts',
			'/embed.json',
			'http://[::1'
		]) {
			expect(() => check(value), value).toThrow(TypeError);
		}
	});

	it('in development, admits any script of the same origin (Vite serves workers from source)', () => {
		expect(
			checkScriptUrl(
				'/src/lib/backdoors/brute-force.worker.ts?worker_file&type=module',
				page,
				false
			)
		).toContain('brute-force.worker.ts');
		expect(() => checkScriptUrl('https://evil.example/x.js', page, false)).toThrow(TypeError);
	});
});
