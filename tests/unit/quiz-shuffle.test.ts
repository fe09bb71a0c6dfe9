import { describe, expect, it } from 'vitest';
import { emptyResponse, shuffledDefinitions, shuffledOrder } from '$lib/quiz/score';
import { hashString, mulberry32, seededPermutation } from '$lib/quiz/shuffle';
import type { MatchingQuestion, OrderingQuestion } from '$lib/quiz/types';

const base = { prompt: 'Prompt?', objectives: ['know-it'], step: 'first-step' };

/** An ordering question with `n` items, named `id`. */
const orderingOf = (id: string, n: number): OrderingQuestion => ({
	...base,
	id,
	type: 'ordering',
	items: Array.from({ length: n }, (_, i) => ({ text: `Item ${i}`, explanation: `Why ${i}.` }))
});

/** A matching question with `n` pairs, named `id`. */
const matchingOf = (id: string, n: number): MatchingQuestion => ({
	...base,
	id,
	type: 'matching',
	pairs: Array.from({ length: n }, (_, i) => ({
		term: `Term ${i}`,
		definition: `Definition ${i}`,
		explanation: `Why ${i}.`
	}))
});

const isPermutation = (order: number[], n: number) =>
	order.length === n && [...order].sort((a, b) => a - b).every((v, i) => v === i);
const isIdentity = (order: number[]) => order.every((v, i) => v === i);

describe('the seeded generator', () => {
	it('hashes with FNV-1a (published test vectors)', () => {
		expect(hashString('')).toBe(0x811c9dc5);
		expect(hashString('a')).toBe(0xe40c292c);
		expect(hashString('foobar')).toBe(0xbf9cf968);
	});

	it('is mulberry32: the same seed gives the same stream, in [0, 1)', () => {
		const first = mulberry32(1);
		expect(first()).toBeCloseTo(0.6270739405881613, 15);
		const a = mulberry32(42);
		const b = mulberry32(42);
		for (let i = 0; i < 100; i++) {
			const value = a();
			expect(value).toBe(b());
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThan(1);
		}
	});
});

describe('shuffles', () => {
	const ids = Array.from({ length: 300 }, (_, i) => `question-${i}`);

	it('are permutations, and never the identity when there is more than one entry', () => {
		for (const n of [2, 3, 4, 5, 8]) {
			for (const id of ids) {
				const order = seededPermutation(id, n);
				expect(isPermutation(order, n)).toBe(true);
				expect(isIdentity(order)).toBe(false);
			}
		}
	});

	it('leave a list of one or none as it is', () => {
		expect(seededPermutation('only', 1)).toEqual([0]);
		expect(seededPermutation('none', 0)).toEqual([]);
	});

	it('are the same on every call, and differ between questions', () => {
		const question = orderingOf('sending-a-message', 6);
		expect(shuffledOrder(question)).toEqual(shuffledOrder(orderingOf('sending-a-message', 6)));
		expect(emptyResponse(question)).toEqual(shuffledOrder(question));
		const distinct = new Set(ids.map((id) => seededPermutation(id, 6).join()));
		// 300 ids over 719 non-identity permutations: far more than a handful must differ.
		expect(distinct.size).toBeGreaterThan(150);
	});

	it('are pinned, so the prerendered page and the hydrated one agree across releases', () => {
		expect(shuffledOrder(orderingOf('sending-a-message', 4))).toEqual([2, 0, 3, 1]);
		expect(shuffledDefinitions(matchingOf('match-the-keys', 4))).toEqual([1, 2, 0, 3]);
	});

	it('rotate by one when Fisher–Yates leaves the list in place', () => {
		// With two entries, half of all seeds shuffle to the identity; every one must end up swapped.
		for (const id of ids) expect(seededPermutation(id, 2)).toEqual([1, 0]);
	});

	it('shuffle matching definitions by the same rules', () => {
		for (const id of ids.slice(0, 50)) {
			const order = shuffledDefinitions(matchingOf(id, 4));
			expect(isPermutation(order, 4)).toBe(true);
			expect(isIdentity(order)).toBe(false);
		}
	});
});
