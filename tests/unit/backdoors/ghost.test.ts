/** The ghost participant: it reads everything; only the app's notice could give it away. */
import { beforeAll, describe, expect, it } from 'vitest';
import { Session, toPublicIdentity, tryRead, type SealedMessage } from '$lib/crypto';
import {
	addersFor,
	aliceView,
	directoryDesign,
	deviceListShown,
	directoryEntry,
	ghostHolder,
	safetyNumberShown,
	SECURITY_CODE_NOTICE,
	type GhostOptions
} from '$lib/backdoors/ghost';
import { createWorld, type World } from '$lib/backdoors/world';

let world: World;
beforeAll(async () => {
	world = await createWorld();
});

/** Alice's app sends `texts` to Bob, encrypting to every device the directory lists. */
async function send(options: GhostOptions, texts: readonly string[]): Promise<SealedMessage[]> {
	const listed = await directoryEntry(world, addersFor(options), options.hideNotice);
	const session = await Session.start(world.alice, toPublicIdentity(world.bob));
	const out: SealedMessage[] = [];
	for (const text of texts) out.push(await session.send(text, { design: directoryDesign(listed) }));
	return out;
}

const TEXTS = ['first', 'second', 'a third, longer message', 'fourth'];

describe('the ghost device', () => {
	it.each([false, true])(
		'receives every message Alice sends Bob (notice hidden: %s)',
		async (hideNotice) => {
			const messages = await send({ ghost: true, hideNotice }, TEXTS);
			const ghost = ghostHolder(world, 'authority', 'authority', 'The authority');
			const bob = {
				id: 'bob',
				name: 'Bob',
				keys: [
					{
						kind: 'identity' as const,
						label: "Bob's identity key",
						identity: world.bob,
						contacts: [toPublicIdentity(world.alice)]
					}
				]
			};
			for (const [i, message] of messages.entries()) {
				expect(message.wraps.map((wrap) => wrap.to)).toEqual(['ghost-authority']);
				const read = await tryRead(ghost, message);
				expect(read.result).toBe('read');
				expect(read.text).toBe(TEXTS[i]);
				expect((await tryRead(bob, message)).text).toBe(TEXTS[i]);
			}
		}
	);

	it('receives nothing when it is not listed', async () => {
		const messages = await send({ ghost: false, hideNotice: false }, TEXTS);
		const ghost = ghostHolder(world, 'authority', 'authority', 'The authority');
		for (const message of messages) {
			expect(message.wraps).toEqual([]);
			expect((await tryRead(ghost, message)).result).toBe('wrong-key');
		}
	});

	it("another party's ghost key does not open the authority's copy", async () => {
		const [message] = await send({ ghost: true, hideNotice: true }, ['hello']);
		const insider = ghostHolder(world, 'insider', 'insider', 'Insider');
		expect((await tryRead(insider, message as SealedMessage)).result).toBe('wrong-key');
	});
});

describe("what Alice's app shows for Bob", () => {
	it('adding the ghost with the notice shown changes the device list and the safety number', async () => {
		const before = await aliceView(world, { ghost: false, hideNotice: false });
		const after = await aliceView(world, { ghost: true, hideNotice: false });

		expect(before.devices.map((d) => d.label)).toEqual(["Bob's phone"]);
		expect(before.changed).toBe(false);
		expect(before.notice).toBeNull();
		expect(before.safetyNumber.digits).toMatch(/^\d{60}$/);

		expect(after.devices.map((d) => d.label)).toEqual(["Bob's phone", 'New device']);
		expect(after.devices[1]?.addedBy).toBe('authority');
		expect(after.devices[1]?.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
		expect(after.safetyNumber.digits).toMatch(/^\d{60}$/);
		expect(after.safetyNumber.digits).not.toBe(before.safetyNumber.digits);
		expect(after.changed).toBe(true);
		expect(after.notice).toBe(SECURITY_CODE_NOTICE);

		// The two single-purpose helpers agree with the combined view.
		const options = { ghost: true, hideNotice: false };
		expect(await deviceListShown(world, options)).toEqual(after.devices);
		expect(await safetyNumberShown(world, options)).toEqual(after.safetyNumber);
	});

	it('with the notice hidden, list and number stay exactly as before while the ghost reads', async () => {
		const before = await aliceView(world, { ghost: false, hideNotice: true });
		const hidden = await aliceView(world, { ghost: true, hideNotice: true });
		expect(hidden.devices).toEqual(before.devices);
		expect(hidden.safetyNumber).toEqual(before.safetyNumber);
		expect(hidden.changed).toBe(false);
		expect(hidden.notice).toBeNull();

		// …and yet the directory lists the ghost, and the app encrypts to it.
		const listed = await directoryEntry(world, ['authority'], true);
		expect(listed.map((d) => d.id)).toEqual(['bob', 'ghost-authority']);
		const [message] = await send({ ghost: true, hideNotice: true }, ['unseen']);
		const ghost = ghostHolder(world, 'authority', 'authority', 'The authority');
		expect((await tryRead(ghost, message as SealedMessage)).text).toBe('unseen');
	});

	it('the safety number is the same whoever computes it, and differs between worlds', async () => {
		const other = await createWorld();
		const mine = await aliceView(world, { ghost: false, hideNotice: false });
		const again = await aliceView(world, { ghost: false, hideNotice: false });
		const theirs = await aliceView(other, { ghost: false, hideNotice: false });
		expect(again.safetyNumber).toEqual(mine.safetyNumber);
		expect(theirs.safetyNumber.digits).not.toBe(mine.safetyNumber.digits);
	});
});
