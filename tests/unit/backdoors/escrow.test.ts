/** Key escrow: the authority opens with a warrant; a leaked escrow key opens every past message. */
import { describe, expect, it } from 'vitest';
import { Session, toPublicIdentity, tryRead, type Party, type SealedMessage } from '$lib/crypto';
import {
	escrowDesign,
	escrowKeyHolder,
	openPastMessages,
	openWithWarrant
} from '$lib/backdoors/escrow';
import { createWorld, type World } from '$lib/backdoors/world';

/** A conversation in both directions, every message key also wrapped to the escrow key. */
async function conversation(world: World, count: number): Promise<SealedMessage[]> {
	const design = escrowDesign(toPublicIdentity(world.escrow));
	const alice = await Session.start(world.alice, toPublicIdentity(world.bob));
	const bob = await Session.start(world.bob, toPublicIdentity(world.alice));
	const messages: SealedMessage[] = [];
	for (let i = 0; i < count; i++) {
		const from = i % 3 === 2 ? bob : alice;
		messages.push(await from.send(`message ${i} from ${from.self.id}`, { design }));
	}
	return messages;
}

describe.each(['X25519', 'P-256'] as const)('key escrow (%s)', (curve) => {
	it('the escrow holder opens a message with a real unwrap and decryption', async () => {
		const world = await createWorld({ curve });
		const [message] = await conversation(world, 1);
		if (!message) throw new Error('no message');
		expect(message.wraps.map((wrap) => wrap.to)).toEqual(['escrow']);
		const attempt = await openWithWarrant(world.escrow, message);
		expect(attempt.result).toBe('read');
		expect(attempt.text).toBe('message 0 from alice');
		expect(attempt.via).toContain('copy wrapped to escrow');
	});

	it('before the breach an attacker opens none; after it, every past message', async () => {
		const world = await createWorld({ curve });
		const messages = await conversation(world, 7);
		const before: Party = { id: 'criminal', name: 'A criminal', keys: [] };
		const after = escrowKeyHolder('criminal', 'A criminal', world.escrow);

		const none = await openPastMessages(messages, before);
		expect(none).toEqual({ opened: 0, total: 7, texts: [] });

		const all = await openPastMessages(messages, after);
		expect(all.opened).toBe(all.total);
		expect(all.total).toBe(7);
		expect(all.texts).toEqual(
			messages.map((_, i) => `message ${i} from ${i % 3 === 2 ? 'bob' : 'alice'}`)
		);
	});
});

describe('without escrow', () => {
	it('the same escrow key opens nothing sent end-to-end', async () => {
		const world = await createWorld();
		const session = await Session.start(world.alice, toPublicIdentity(world.bob));
		const messages = [await session.send('one'), await session.send('two')];
		const holder = escrowKeyHolder('authority', 'The authority', world.escrow);
		expect(await openPastMessages(messages, holder)).toEqual({ opened: 0, total: 2, texts: [] });
		const attempt = await tryRead(holder, messages[0] as SealedMessage);
		expect(attempt.result).toBe('wrong-key');
	});

	it('an unrelated key pair cannot unwrap the escrow copy', async () => {
		const world = await createWorld();
		const other = await createWorld();
		const [message] = await conversation(world, 1);
		const attempt = await openWithWarrant(other.escrow, message as SealedMessage);
		expect(attempt.result).toBe('wrong-key');
	});
});
