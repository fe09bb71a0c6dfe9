import type { Step } from '$lib/scrolly/types';
import type { HandshakeState } from '$lib/handshake/types';

/**
 * Steps of chapter 3, in teaching order. Scenes follow HandshakeScene's order; pairs of steps share
 * a scene where the second step explains more of the same picture. The steal-the-key button sits in
 * 'steal-todays-key' (scene 'ratchet') and the man-in-the-middle switch in
 * 'a-key-swapped-in-the-middle' (scene 'safety-number'); the switches' state lives in the lab.
 */
export const steps: Step<HandshakeState>[] = [
	{ id: 'two-keys-each', label: 'Two keys each', state: { scene: 'key-pairs' } },
	{
		id: 'publish-the-public-half',
		label: 'Why the public half can be public',
		state: { scene: 'key-pairs' }
	},
	{ id: 'mixing-paint', label: 'A secret made of paint', state: { scene: 'paint-mixing' } },
	{
		id: 'same-secret-both-sides',
		label: 'The same secret, worked out twice',
		state: { scene: 'real-agreement' }
	},
	{
		id: 'what-the-eavesdropper-sees',
		label: "What a watcher can't do",
		state: { scene: 'real-agreement' }
	},
	{
		id: 'one-key-per-message',
		label: 'A new key for every message',
		state: { scene: 'encrypt' }
	},
	{ id: 'steal-todays-key', label: "Steal today's key", state: { scene: 'ratchet' } },
	{
		id: 'healing-after-a-theft',
		label: 'Healing, and a worse theft',
		state: { scene: 'ratchet' }
	},
	{
		id: 'compare-the-numbers',
		label: 'A number you can read aloud',
		state: { scene: 'safety-number' }
	},
	{
		id: 'a-key-swapped-in-the-middle',
		label: 'A key swapped in the middle',
		state: { scene: 'safety-number' }
	}
];
