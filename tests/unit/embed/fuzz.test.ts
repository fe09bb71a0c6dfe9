/**
 * Fuzzing what a stranger controls in an embed: the messages any page around it may post, and the
 * query string in a teacher's (or anyone's) embed code. Seeded: a failure names its seed, and
 * SEALED_FUZZ_SEED=<seed> replays it (tests/support/fuzz.ts).
 */
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
	MAX_HEIGHT,
	clampHeight,
	h5pMessage,
	isResizeMessage,
	readHostMessage,
	resizeMessage,
	type HostRequest
} from '$lib/embed/messages';
import { DEFAULT_OPTIONS, parseEmbedOptions, parseOrigin } from '$lib/embed/options';
import { embedPath, parseOrigin as parseTeacherOrigin, type Theme } from '$lib/teach/embed-code';
import { fuzz, Random, setOwn, show, TRICKY_WORDS } from '../../support/fuzz';

const H5P_ACTIONS = ['ready', 'hello', 'resizePrepared', 'resize'];
const THEMES = ['light', 'dark', 'auto'];
const REQUESTS: HostRequest[] = [
	{ kind: 'height' },
	...H5P_ACTIONS.map((action) => ({ kind: 'h5p', action }) as HostRequest)
];

/** Near misses of what an embed accepts: a valid message bent one way or several. */
function nearMiss(random: Random): unknown {
	const message: Record<string, unknown> = random.bool()
		? { type: 'sealed:request-height' }
		: { context: 'h5p', action: random.pick([...H5P_ACTIONS, 'fullScreen', 'prepareResize']) };
	const bends = random.int(1, 3);
	for (let i = 0; i < bends; i += 1) {
		random.weighted<void>([
			[2, () => setOwn(message, random.pick(['type', 'context', 'action']), random.cloneable(1))],
			[2, () => setOwn(message, random.key(), random.cloneable(2))],
			[1, () => setOwn(message, 'height', random.number())],
			[1, () => delete message[random.pick(['type', 'context', 'action'])]]
		]);
	}
	return random.weighted<unknown>([
		[6, () => message],
		[1, () => [message]],
		[1, () => ({ data: message })],
		[1, () => show(message)],
		[1, () => Object.assign(Object.create({ type: 'sealed:request-height' }), message)]
	]);
}

/** What the embed must accept, read the plain way; only called on values that do not throw. */
function allowed(data: unknown): HostRequest | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const proto: unknown = Object.getPrototypeOf(data);
	if (proto !== Object.prototype && proto !== null) return null;
	const record = data as Record<string, unknown>;
	if (record.type === 'sealed:request-height') return { kind: 'height' };
	if (record.context === 'h5p' && typeof record.action === 'string') {
		return H5P_ACTIONS.includes(record.action)
			? ({ kind: 'h5p', action: record.action } as HostRequest)
			: null;
	}
	return null;
}

// Thousands of cases each: generous time, since the machine running them may be busy.
describe('fuzzing the messages a host page posts to an embed', { timeout: 30_000 }, () => {
	it('reads thousands of random and hostile values without throwing, accepting only height requests', () => {
		const runs = fuzz('readHostMessage(hostile)', 5000, (random) => {
			const result = readHostMessage(random.track(random.hostile(3)));
			// Anything accepted is one of the four requests, and nothing more.
			if (result !== null)
				assert.ok(REQUESTS.some((request) => isDeepStrictEqual(request, result)));
		});
		expect(runs).toBe(5000);
	});

	it('accepts exactly the height requests among near misses, before and after structured cloning', () => {
		const runs = fuzz('readHostMessage(near miss)', 5000, (random) => {
			const data = random.track(nearMiss(random));
			assert.deepEqual(readHostMessage(data), allowed(data));
			// What postMessage delivers is a structured clone; the answer must not change.
			const delivered: unknown = structuredClone(data);
			assert.deepEqual(readHostMessage(delivered), allowed(delivered));
		});
		expect(runs).toBe(5000);
	});

	it('leaves Object.prototype alone, whatever the messages say', () => {
		fuzz('readHostMessage(prototype keys)', 1000, (random) => {
			const data = random.track(random.object(() => random.cloneable(2)));
			setOwn(data, '__proto__', { type: 'sealed:request-height', polluted: true });
			readHostMessage(data);
			readHostMessage(
				JSON.parse(`{"__proto__":{"polluted":true},"type":${JSON.stringify(random.string())}}`)
			);
		});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('checks resize messages as host pages do: only a whole, bounded, finite height passes', () => {
		const runs = fuzz('isResizeMessage', 5000, (random) => {
			const data = random.track(
				random.bool(0.5)
					? {
							type: random.bool(0.7) ? 'sealed:resize' : random.string(),
							height: random.cloneable(0)
						}
					: random.hostile(2)
			);
			if (!isResizeMessage(data)) return;
			assert.equal(data.type, 'sealed:resize');
			assert.equal(typeof data.height, 'number');
			assert.ok(data.height >= 0 && data.height <= MAX_HEIGHT);
		});
		expect(runs).toBe(5000);
	});

	it('only ever sends heights that a host page accepts', () => {
		const runs = fuzz('resizeMessage / h5pMessage', 5000, (random) => {
			const height = random.track(random.number());
			const clamped = clampHeight(height);
			assert.ok(Number.isInteger(clamped) && clamped >= 0 && clamped <= MAX_HEIGHT);
			assert.ok(isResizeMessage(resizeMessage(height)));
			const h5p = h5pMessage(random.pick(['hello', 'prepareResize', 'resize'] as const), height);
			for (const value of [h5p.scrollHeight, h5p.clientHeight]) {
				if (value !== undefined) assert.equal(value, clamped);
			}
		});
		expect(runs).toBe(5000);
	});
});

/** Step ids of an imaginary chapter, some of them awkward. */
function stepIds(random: Random): string[] {
	const ids = new Set<string>();
	const count = random.int(0, 8);
	for (let i = 0; i < count; i += 1) {
		ids.add(random.bool(0.8) ? `step-${i}` : random.pick(TRICKY_WORDS));
	}
	return [...ids];
}

/** A query string value, from the sensible to the broken. */
function queryValue(random: Random, ids: readonly string[]): string {
	return random.weighted<string>([
		[3, () => (ids.length ? random.pick(ids) : 'none')],
		[
			2,
			() => random.pick(['0', '1', ' 0 ', '01', 'true', 'light', 'dark', 'auto', 'DARK', ' Light '])
		],
		[
			2,
			() =>
				random.pick([
					'https://lms.example.org',
					'https://lms.example.org/',
					'HTTPS://LMS.example.org',
					'https://lms.example.org:443',
					'http://localhost:4216',
					'http://[::1]:8080',
					'https://user:pw@lms.example.org',
					'javascript:alert(1)',
					'data:text/html,<script>alert(1)</script>',
					'null',
					'*',
					'https://bücher.example',
					'https://xn--bcher-kva.example'
				])
		],
		[3, () => random.string()]
	]);
}

/** Percent-encoded; a lone surrogate, which encodeURIComponent refuses, is left raw. */
function encode(text: string): string {
	try {
		return encodeURIComponent(text);
	} catch {
		return text;
	}
}

/** How the value is written into the URL: properly encoded, raw, or with broken escapes. */
function encoded(random: Random, text: string): string {
	return random.weighted<string>([
		[4, () => encode(text)],
		[2, () => text],
		[1, () => text.replaceAll(' ', '+')],
		[1, () => `${encode(text)}%${random.pick(['', 'Z', 'E0%A4%A', '00', 'FF'])}`]
	]);
}

function randomQuery(random: Random, ids: readonly string[]): string {
	const names = ['from', 'to', 'quiz', 'theme', 'report'];
	const pairs = Array.from({ length: random.int(0, 8) }, () => {
		const name = random.bool(0.8) ? random.pick(names) : random.key();
		const value = queryValue(random, ids);
		return random.bool(0.95)
			? `${encoded(random, name)}=${encoded(random, value)}`
			: encoded(random, name);
	});
	const separator = () => random.pick(['&', '&', '&', '&&', ';', '&amp;']);
	let query = pairs.join(separator());
	if (random.bool(0.6)) query = `?${query}`;
	if (random.bool(0.05)) query = `${query}#${random.string()}`;
	if (random.bool(0.02)) query = `${query}&${'a=1&'.repeat(random.int(1000, 5000))}`;
	return random.bool(0.1) ? random.chars(random.int(0, 200)) : query;
}

describe('fuzzing embed query strings', { timeout: 30_000 }, () => {
	it('always gives valid options, and never throws, for any query string', () => {
		const runs = fuzz('parseEmbedOptions', 5000, (random) => {
			const ids = random.track(stepIds(random));
			const options = parseEmbedOptions(random.track(randomQuery(random, ids)), ids);
			assert.deepEqual(Object.keys(options).sort(), Object.keys(DEFAULT_OPTIONS).sort());
			for (const side of [options.from, options.to]) {
				if (side !== null) assert.ok(ids.includes(side));
			}
			if (options.from !== null && options.to !== null) {
				assert.ok(ids.indexOf(options.from) <= ids.indexOf(options.to));
			}
			assert.equal(typeof options.quiz, 'boolean');
			assert.ok(THEMES.includes(options.theme));
			if (options.report !== null) {
				const url = new URL(options.report);
				assert.ok(url.protocol === 'http:' || url.protocol === 'https:');
				assert.equal(url.origin, options.report);
			}
		});
		expect(runs).toBe(5000);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('treats values that are not strings like any other string, never throwing', () => {
		const runs = fuzz('parseEmbedOptions(non-string)', 1000, (random) => {
			parseEmbedOptions(random.track(random.cloneable(2)) as string, ['a', 'b']);
		});
		expect(runs).toBe(1000);
	});

	it('reads back exactly the options any embed code from the teachers’ builder carries', () => {
		const runs = fuzz('embedPath → parseEmbedOptions', 2000, (random) => {
			const ids = Array.from(
				{ length: random.int(1, 10) },
				(_, i) => `step-${i}-${random.int(0, 99)}`
			);
			const a = random.int(0, ids.length - 1);
			const b = random.int(a, ids.length - 1);
			const scheme = random.pick(['http', 'https', 'HTTPS']);
			const host = `${random.pick(['lms', 'School', 'xn--bcher-kva'])}.${random.pick(['example', 'example.org', 'test'])}`;
			const port = random.bool() ? `:${random.int(1, 65535)}` : '';
			const typed = random.track(
				`${scheme}://${random.bool(0.1) ? '127.0.0.1' : host}${port}${random.bool(0.2) ? '/' : ''}`
			);
			const checked = parseTeacherOrigin(typed);
			const report = checked.ok && checked.origin ? checked.origin : undefined;
			const chosen = {
				slug: 'a-chapter',
				from: random.bool() ? ids[a] : undefined,
				to: random.bool() ? ids[b] : undefined,
				quiz: random.bool(),
				theme: random.pick(THEMES) as Theme,
				report
			};
			const path = random.track(embedPath(chosen));
			assert.deepEqual(parseEmbedOptions(path.slice(path.indexOf('?')), ids), {
				from: chosen.from ?? null,
				to: chosen.to ?? null,
				quiz: chosen.quiz,
				theme: chosen.theme,
				report: report ?? null
			});
			// The embed accepts any origin the builder writes, exactly as it writes it.
			if (report) assert.equal(parseOrigin(report), report);
		});
		expect(runs).toBe(2000);
	});
});
