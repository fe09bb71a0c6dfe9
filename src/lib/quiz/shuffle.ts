/**
 * Deterministic shuffles for ordering and matching questions. A question must look the same on
 * every visit, in the prerendered page and after hydration, so its order comes from a generator
 * seeded by the question id rather than from Math.random.
 */

/** FNV-1a: a 32-bit hash of a string. Small, and spreads ids that differ by one letter far apart. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * mulberry32: a tiny 32-bit pseudo-random generator returning floats in [0, 1). Plenty to shuffle
 * a handful of quiz items; nothing to do with the cryptography the course explains.
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Whether `order` leaves every index where it was. */
const isIdentity = (order: number[]): boolean => order.every((value, i) => value === i);

/**
 * A permutation of 0..n-1 (Fisher–Yates driven by mulberry32 seeded with the hash of `seed`).
 * The same seed always gives the same permutation, and it is never the identity when n > 1.
 */
export function seededPermutation(seed: string, n: number): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	const random = mulberry32(hashString(seed));
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	// Showing the list unshuffled would give the answer away, so when chance leaves it in place,
	// rotate it by one: still deterministic, and never the identity for n > 1.
	if (n > 1 && isIdentity(order)) order.push(order.shift()!);
	return order;
}
