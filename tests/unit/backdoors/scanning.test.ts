/** Client-side scanning: reports exactly what is listed, and whoever controls the list decides. */
import { beforeAll, describe, expect, it } from 'vitest';
import { Session, sha256, toHex, toPublicIdentity, tryRead, utf8 } from '$lib/crypto';
import {
	buildList,
	DEFAULT_PHRASES,
	defaultList,
	fingerprint,
	FUNCTION_CREEP_PHRASE,
	normalise,
	scan,
	type ListedPhrase
} from '$lib/backdoors/scanning';
import { DEFAULT_MESSAGE } from '$lib/backdoors/matrix';
import { createWorld } from '$lib/backdoors/world';

/** A small seeded generator (mulberry32), so every run tries the same "random" messages. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Words that never occur in a listed phrase, so only inserted phrases can match. */
const FILLER = [
	'the',
	'market',
	'opens',
	'at',
	'nine',
	'bring',
	'bread',
	'and',
	'a',
	'coat',
	'see',
	'you',
	'soon',
	'image',
	'listed',
	'4470',
	'file',
	'video'
];

/** How a phrase may appear in a message: any case, extra punctuation or spacing. */
function disguise(phrase: string, rnd: () => number): string {
	return phrase
		.split(' ')
		.map((word) => (rnd() < 0.5 ? word.toUpperCase() : word))
		.join(rnd() < 0.5 ? ', ' : '  ');
}

let list: ListedPhrase[];
beforeAll(async () => {
	list = await defaultList();
});

describe('fingerprints', () => {
	it('are SHA-256 of the normalised phrase', async () => {
		expect(normalise('  Listed   IMAGE, 4471! ')).toBe('listed image 4471');
		expect(await fingerprint('Listed IMAGE 4471')).toBe(
			toHex(await sha256(utf8('listed image 4471')))
		);
		expect(await fingerprint('listed image 4471')).not.toBe(await fingerprint('listed image 4472'));
	});

	it('the default list holds neutral placeholders only, each with its length in words', () => {
		expect(list.map((entry) => entry.phrase)).toEqual([...DEFAULT_PHRASES]);
		for (const entry of list) {
			expect(entry.phrase).toMatch(/^listed (image|file|video) \d{4}$/);
			expect(entry.words).toBe(3);
			expect(entry.fingerprint).toMatch(/^[0-9a-f]{64}$/);
		}
	});
});

describe('scan', () => {
	it('reports exactly the listed content and misses nothing listed (200 random messages)', async () => {
		const rnd = random(4471);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
		for (let round = 0; round < 200; round++) {
			const words = Array.from({ length: 3 + Math.floor(rnd() * 20) }, () => pick(FILLER));
			const inserted = new Set<string>();
			const insertions = rnd() < 0.4 ? 0 : 1 + Math.floor(rnd() * 3);
			for (let i = 0; i < insertions; i++) {
				const phrase = pick(DEFAULT_PHRASES);
				inserted.add(phrase);
				words.splice(Math.floor(rnd() * (words.length + 1)), 0, disguise(phrase, rnd));
			}
			const text = words.join(' ') + (rnd() < 0.5 ? '.' : '!');
			const result = await scan(text, list);
			const matched = result.matches.map((entry) => entry.phrase);
			expect(new Set(matched), text).toEqual(inserted);
			expect(matched.length).toBe(inserted.size);
			if (inserted.size > 0) expect(result.report).toEqual({ to: 'provider', text });
			else expect(result.report).toBeNull();
		}
	});

	it('does not match a phrase split by another word, or a near miss', async () => {
		expect((await scan('listed image the 4471', list)).report).toBeNull();
		expect((await scan('listed image 44711', list)).report).toBeNull();
		expect((await scan('', list)).report).toBeNull();
	});

	it('finds phrases of one word and of many words in the same list', async () => {
		const mixed = await buildList(['alpha', 'one two three four five']);
		const result = await scan('x ALPHA y. One two three four five!', mixed);
		expect(result.matches.map((entry) => entry.phrase)).toEqual([
			'alpha',
			'one two three four five'
		]);
	});

	it('an innocent protest message is reported once the list is extended', async () => {
		expect((await scan(DEFAULT_MESSAGE, list)).report).toBeNull();
		const extended = await buildList([...DEFAULT_PHRASES, FUNCTION_CREEP_PHRASE]);
		const result = await scan(DEFAULT_MESSAGE, extended);
		expect(result.matches.map((entry) => entry.phrase)).toEqual([FUNCTION_CREEP_PHRASE]);
		expect(result.report).toEqual({ to: 'provider', text: DEFAULT_MESSAGE });
		expect((await scan('Free the Protesters now', extended)).report).not.toBeNull();
	});

	it('leaves the encryption alone: the provider still cannot open the ciphertext', async () => {
		const world = await createWorld();
		const extended = await buildList([...DEFAULT_PHRASES, FUNCTION_CREEP_PHRASE]);
		const { report } = await scan(DEFAULT_MESSAGE, extended);
		expect(report).not.toBeNull();
		const session = await Session.start(world.alice, toPublicIdentity(world.bob));
		const message = await session.send(DEFAULT_MESSAGE);
		expect(message.wraps).toEqual([]);
		const provider = {
			id: 'provider',
			name: 'The provider',
			keys: [
				{ kind: 'public-key' as const, label: "Alice's", publicKey: toPublicIdentity(world.alice) },
				{ kind: 'public-key' as const, label: "Bob's", publicKey: toPublicIdentity(world.bob) }
			]
		};
		const attempt = await tryRead(provider, message);
		expect(attempt.result).toBe('wrong-key');
		expect(attempt.plaintext).toBeUndefined();
	});
});
