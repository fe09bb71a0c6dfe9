import type { HandshakeScene, HandshakeState } from './types';

/** Paint for the mixing picture: a colour anyone may know, and one secret colour per person. */
export const PAINT = {
	common: [242, 201, 76],
	alice: [194, 65, 12],
	bob: [29, 78, 216]
} as const;

type Rgb = readonly [number, number, number];

/** Equal parts of each paint, mixed: the average of their red, green and blue. */
export function mix(...paints: Rgb[]): Rgb {
	const sum = paints.reduce<[number, number, number]>(
		(total, paint) => [total[0] + paint[0], total[1] + paint[1], total[2] + paint[2]],
		[0, 0, 0]
	);
	return [
		Math.round(sum[0] / paints.length),
		Math.round(sum[1] / paints.length),
		Math.round(sum[2] / paints.length)
	];
}

export const css = (rgb: Rgb): string => `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`;

/**
 * Alice's and Bob's final colours. Each adds their own secret to the other's public mixture; the
 * mixture already holds the common paint, so each final pot holds common + both secrets. (Real
 * key agreement is exact where paint is only a picture of it: that is why the real values follow.)
 */
export function paintMixing() {
	const alicePublic = mix(PAINT.common, PAINT.alice);
	const bobPublic = mix(PAINT.common, PAINT.bob);
	const aliceFinal = mix(PAINT.common, PAINT.alice, PAINT.bob);
	const bobFinal = mix(PAINT.common, PAINT.bob, PAINT.alice);
	return { alicePublic, bobPublic, aliceFinal, bobFinal };
}

const DESCRIPTIONS: Record<HandshakeScene, string> = {
	'key-pairs':
		'Alice’s phone and Bob’s phone each hold a key pair: a private key that never leaves the phone, and a public key that anyone may see. The real keys, made in your browser, are shown in hexadecimal.',
	'paint-mixing':
		'A picture of key agreement with paint. Alice and Bob share a common yellow in public and each keep a secret colour. Each mixes the yellow with their secret and sends the mixture across. Each then adds their own secret to the mixture they received, and both end up with the same brown, which was never sent. An eavesdropper sees only the yellow and the two mixtures.',
	'real-agreement':
		'The real thing, side by side. Alice combines her private key with Bob’s public key; Bob combines his private key with Alice’s public key. Both results, shown in hexadecimal, are identical: a shared secret that never travelled. Someone holding only the two public keys cannot compute it.',
	encrypt:
		'Alice’s message is locked with a key derived from the shared secret (AES-256-GCM). What travels is the ciphertext, shown in hexadecimal. Bob’s phone derives the same key and gets the words back.',
	ratchet:
		'A chain of message keys. Each message is locked with its own key, and each key is made from the one before by a one-way step, then deleted. Press “Steal today’s key” to copy the key Alice’s phone holds now and watch it tried on every message: the earlier ones stay closed, the next one opens.',
	'safety-number':
		'The safety numbers Alice’s phone and Bob’s phone show for their chat, 60 digits in 12 groups. When they match, the phones hold each other’s real keys. Switch on the server’s key swap and the numbers no longer match.'
};

/** The text alternative of a state: what the scene shows. Live values appear beside it as text. */
export const describeHandshake = (state: HandshakeState): string => DESCRIPTIONS[state.scene];
