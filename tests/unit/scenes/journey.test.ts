import { beforeAll, describe, expect, it } from 'vitest';
import { toHex, utf8 } from '$lib/crypto';
import { createJourneyKeys, sendThrough, type JourneyKeys } from '$lib/journey/journey';
import { HOPS } from '$lib/journey/types';

let keys: JourneyKeys;
beforeAll(async () => {
	keys = await createJourneyKeys();
});

const text = 'Meet me by the library at four';
const readers = (journey: Awaited<ReturnType<typeof sendThrough>>) =>
	journey.hops.filter((hop) => hop.reading.canRead).map((hop) => hop.hop);

describe('a message on its way', () => {
	it('passes five points in order, whatever the protection', async () => {
		for (const protection of ['none', 'tls', 'e2ee'] as const) {
			const journey = await sendThrough(keys, text, protection);
			expect(journey.hops.map((hop) => hop.hop)).toEqual([...HOPS]);
		}
	});

	it('without encryption, every point reads the words', async () => {
		const journey = await sendThrough(keys, text, 'none');
		expect(readers(journey)).toEqual([...HOPS]);
		for (const hop of journey.hops) expect(hop.bytes).toEqual(utf8(text));
	});

	it('with transport encryption, the networks see ciphertext and the server reads', async () => {
		const journey = await sendThrough(keys, text, 'tls');
		expect(readers(journey)).toEqual(['sender', 'server', 'recipient']);
		const [, first, server, second] = journey.hops;
		expect(toHex(first!.bytes)).not.toContain(toHex(utf8('library')));
		// Each link has its own key, so the two networks see different bytes.
		expect(toHex(first!.bytes)).not.toBe(toHex(second!.bytes));
		expect(server!.reading).toMatchObject({ canRead: true, text });
		expect(first!.reading).toMatchObject({ canRead: false, attempts: 1 });
	});

	it('end to end, only the two phones read; the server tried its keys and failed', async () => {
		const journey = await sendThrough(keys, text, 'e2ee');
		expect(readers(journey)).toEqual(['sender', 'recipient']);
		const server = journey.hops[2]!;
		expect(server.form).toBe('end-to-end');
		expect(server.reading).toMatchObject({ canRead: false, attempts: 2 });
		expect(journey.hops[4]!.reading).toMatchObject({ canRead: true, text });
	});

	it('still shows the server who, to whom, when and how big', async () => {
		const now = new Date('2017-03-26T09:00:00Z');
		const journey = await sendThrough(keys, text, 'e2ee', now);
		expect(journey.metadata).toMatchObject({
			sender: 'alice',
			recipient: 'bob',
			sentAt: '2017-03-26T09:00:00.000Z'
		});
		expect(journey.metadata.size).toBeGreaterThan(utf8(text).length);
	});

	it('makes fresh ciphertext for the same words every time', async () => {
		const a = await sendThrough(keys, text, 'e2ee');
		const b = await sendThrough(keys, text, 'e2ee');
		expect(toHex(a.hops[2]!.bytes)).not.toBe(toHex(b.hops[2]!.bytes));
		expect(b.hops[4]!.reading).toMatchObject({ canRead: true, text });
	});
});
