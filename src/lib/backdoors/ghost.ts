/**
 * Design 2, the ghost participant (GCHQ's 2018 proposal, facts.md §C3): the provider's key
 * directory tells Alice's app which devices belong to Bob, and the app encrypts every message to
 * each of them. Whoever controls the directory can list one more device — a "ghost" whose private
 * key it holds — and the app dutifully wraps a copy of each message key to it.
 *
 * Apps normally show the devices and a safety number computed over their keys, so a new device
 * changes the number and raises a "security code changed" notice. The proposal only works
 * unnoticed if the app hides that: here a directory entry can be flagged hidden, and an app that
 * honours the flag shows the old list and the old number while still encrypting to the ghost.
 * That is the cost: the check meant to catch a swapped key can no longer be trusted.
 *
 * Multi-device safety number: Bob's half is computed over the raw keys of every device the app
 * shows, in listed order, so adding a device changes it (real devices' keys, real SHA-512 rounds).
 */

import {
	concatBytes,
	publicKeyId,
	safetyNumber,
	toHex,
	toPublicIdentity,
	type Design,
	type Party,
	type PublicIdentity,
	type SafetyNumber
} from '../crypto';
import { GHOST_ADDERS, type GhostAdder, type World } from './world';

/** The two switches of the ghost demo. */
export interface GhostOptions {
	/** Has the authority's ghost been added to Bob's devices? */
	readonly ghost: boolean;
	/** Does the app hide the added device (and keep showing the old safety number)? */
	readonly hideNotice: boolean;
}

/** One entry of Bob's device list in the provider's directory. */
export interface ListedDevice {
	/** Stable device id (the wraps name it, and so does the server). */
	readonly id: string;
	/** What an app displays. */
	readonly label: string;
	readonly publicKey: PublicIdentity;
	/** A short fingerprint of the public key, as an app shows it (hex, groups of four). */
	readonly fingerprint: string;
	/** The directory asks apps not to display this entry (the suppressed notice). */
	readonly hidden: boolean;
	/** Known to the reader, not to Alice's app: who slipped this device in (null: Bob's own). */
	readonly addedBy: GhostAdder | null;
}

/** What Alice's app shows for Bob. */
export interface AliceView {
	readonly devices: readonly ListedDevice[];
	readonly safetyNumber: SafetyNumber;
	/** The shown number differs from the one before any ghost was added. */
	readonly changed: boolean;
	/** The notice the app raises, or null. */
	readonly notice: string | null;
}

export const SECURITY_CODE_NOTICE = 'Your security code with Bob changed. Tap to verify.';

async function fingerprintOf(key: PublicIdentity): Promise<string> {
	const hex = toHex((await publicKeyId(key.publicKey.raw)).slice(0, 8));
	return (hex.match(/.{4}/g) ?? []).join(' ');
}

/**
 * Bob's entry in the provider's directory: his phone, then a ghost for each party in `adders`
 * (in that order). `hide` flags the ghosts so that a compliant app does not display them.
 */
export async function directoryEntry(
	world: World,
	adders: readonly GhostAdder[],
	hide: boolean
): Promise<ListedDevice[]> {
	const bob: ListedDevice = {
		id: world.bob.id,
		label: "Bob's phone",
		publicKey: toPublicIdentity(world.bob),
		fingerprint: await fingerprintOf(toPublicIdentity(world.bob)),
		hidden: false,
		addedBy: null
	};
	const ghosts = await Promise.all(
		GHOST_ADDERS.filter((adder) => adders.includes(adder)).map(async (adder) => {
			const publicKey = toPublicIdentity(world.ghosts[adder]);
			return {
				id: publicKey.id,
				label: 'New device',
				publicKey,
				fingerprint: await fingerprintOf(publicKey),
				hidden: hide,
				addedBy: adder
			} satisfies ListedDevice;
		})
	);
	return [bob, ...ghosts];
}

/** Which ghosts the demo's switches put in the directory: the authority's, or none. */
export function addersFor(options: GhostOptions): GhostAdder[] {
	return options.ghost ? ['authority'] : [];
}

/** The devices Alice's app displays: every listed device the directory does not flag hidden. */
export function shownDevices(listed: readonly ListedDevice[]): ListedDevice[] {
	return listed.filter((device) => !device.hidden);
}

/**
 * The design Alice's app follows: the message itself is sealed to Bob's phone, and a copy of its
 * key is wrapped to every other listed device — shown or hidden, the app encrypts to them all.
 */
export function directoryDesign(listed: readonly ListedDevice[]): Design {
	return {
		id: 'ghost',
		name: 'Ghost participant',
		wrapTo: ({ recipient }) =>
			listed.filter((device) => device.id !== recipient.id).map((device) => device.publicKey)
	};
}

/** A party holding the private key of the ghost device `adder` added. */
export function ghostHolder(world: World, adder: GhostAdder, id: string, name: string): Party {
	return {
		id,
		name,
		keys: [
			{
				kind: 'identity',
				label: `the private key of the ghost device (${adder})`,
				identity: world.ghosts[adder],
				contacts: []
			}
		]
	};
}

/** Bob's devices as one identity for the safety number: his id, the listed keys in order. */
function asOneIdentity(devices: readonly ListedDevice[]): PublicIdentity {
	const first = devices[0];
	if (!first) throw new RangeError('Bob has at least one device');
	return {
		id: 'bob',
		publicKey: {
			curve: first.publicKey.publicKey.curve,
			key: first.publicKey.publicKey.key,
			raw: concatBytes(...devices.map((device) => device.publicKey.publicKey.raw))
		}
	};
}

/** Safety numbers take ~5,200 SHA-512 rounds per side: computed once per world and device set. */
const cache = new WeakMap<World, Map<string, Promise<SafetyNumber>>>();

/** The safety number Alice's app computes over the devices it shows for Bob. Cached. */
export function safetyNumberOver(
	world: World,
	devices: readonly ListedDevice[]
): Promise<SafetyNumber> {
	let perWorld = cache.get(world);
	if (!perWorld) {
		perWorld = new Map();
		cache.set(world, perWorld);
	}
	const key = devices.map((device) => device.id).join(',');
	let number = perWorld.get(key);
	if (!number) {
		number = safetyNumber(toPublicIdentity(world.alice), asOneIdentity(devices));
		perWorld.set(key, number);
	}
	return number;
}

/** The devices Alice's app lists for Bob under the demo's switches. */
export async function deviceListShown(
	world: World,
	options: GhostOptions
): Promise<ListedDevice[]> {
	return shownDevices(await directoryEntry(world, addersFor(options), options.hideNotice));
}

/** The safety number Alice's app shows for Bob under the demo's switches. */
export async function safetyNumberShown(
	world: World,
	options: GhostOptions
): Promise<SafetyNumber> {
	return safetyNumberOver(world, await deviceListShown(world, options));
}

/** Everything Alice's app shows for Bob under the demo's switches. */
export async function aliceView(world: World, options: GhostOptions): Promise<AliceView> {
	const devices = await deviceListShown(world, options);
	const [before, shown] = await Promise.all([
		safetyNumberOver(world, await directoryEntry(world, [], false)),
		safetyNumberOver(world, devices)
	]);
	const changed = shown.digits !== before.digits;
	return { devices, safetyNumber: shown, changed, notice: changed ? SECURITY_CODE_NOTICE : null };
}
