/** Cleaning untrusted data: every valid part kept, every invalid part dropped, caps enforced. */
import { describe, expect, it } from 'vitest';
import { emptyChapter, emptyProgress, LIMITS, sanitize, type Progress } from '$lib/progress';
import { fixtureJson } from './support';

describe('sanitize', () => {
	it('gives the empty progress for anything that is not an object', () => {
		for (const raw of [null, undefined, 42, 'text', [], true]) {
			expect(sanitize(raw)).toEqual(emptyProgress());
		}
	});

	it('keeps valid version-3 data exactly', () => {
		const v3 = fixtureJson('v3.json');
		expect(sanitize(v3)).toEqual(v3);
	});

	it('returns a deep copy that shares nothing with its input', () => {
		const input = sanitize(fixtureJson('v3.json'));
		const copy = sanitize(input);
		copy.chapters['the-demand']!.answers['what-was-asked'] = 0;
		copy.chapters['privacy-or-safety']!.activities!['you-decide']!.reach = 'metadata';
		expect(input.chapters['the-demand']!.answers['what-was-asked']).toBe(1);
		expect(input.chapters['privacy-or-safety']!.activities!['you-decide']!.reach).toBe(
			'their-phone'
		);
	});

	it('keeps activity choices that are ids, and drops every other part on its own', () => {
		const longId = 'x'.repeat(LIMITS.idLength + 1);
		const chapter = (activities: unknown) =>
			sanitize({ chapters: { c: { step: 's', activities } } }).chapters.c!;
		expect(
			chapter({
				'you-decide': {
					reach: 'metadata',
					risk: 3,
					holder: { id: 'nobody' },
					scope: '',
					[longId]: 'named',
					other: longId
				},
				empty: {},
				'not-choices': ['reach', 'metadata'],
				text: 'metadata',
				[longId]: { reach: 'metadata' }
			})
		).toEqual({
			...emptyChapter(),
			step: 's',
			activities: { 'you-decide': { reach: 'metadata' } }
		});
		// Nothing left to keep: no field at all, as in version 2.
		for (const junk of [null, 7, 'x', [], {}, { a: {} }, { a: { b: 1 } }]) {
			expect(chapter(junk)).toEqual({ ...emptyChapter(), step: 's' });
		}
	});

	it('keeps the valid parts of the wrong-shapes fixture and drops the rest', () => {
		const expected: Progress = {
			version: 3,
			chapters: {
				// A number for a step costs the step only; the answers stay.
				'the-demand': {
					step: null,
					answers: {
						'what-was-asked': 1,
						reflection: { text: 'Keep this.', scale: 3 }
					},
					best: null, // 9 out of 8
					updatedAt: null // "yesterday"
				},
				// An array for the answer map becomes an empty map.
				'how-a-message-travels': {
					step: 'five-stops',
					answers: {},
					best: { score: 3, max: 4 },
					updatedAt: '2026-03-05T09:12:30.000Z'
				},
				// "keys-locks-and-handshakes" was a string, not a chapter: dropped.
				'broken-best': { step: 'intro', answers: {}, best: null, updatedAt: null }
			},
			final: { answers: {}, best: null, completedAt: null },
			updatedAt: '2026-03-05T09:12:30.000Z'
		};
		expect(sanitize(fixtureJson('wrong-shapes.json'))).toEqual(expected);
	});

	it('keeps answers as JSON values, the way a save and reload would give them back', () => {
		const raw = {
			chapters: {
				c: {
					answers: {
						nan: Number.NaN,
						fn: () => 1,
						undef: undefined,
						sym: Symbol('s'),
						big: BigInt(1),
						date: new Date(0),
						holes: [1, undefined, () => 2, Number.POSITIVE_INFINITY],
						object: { text: 'hi', scale: null, skip: undefined, fn: () => 1 }
					}
				}
			}
		};
		expect(sanitize(raw).chapters.c!.answers).toEqual({
			nan: null,
			holes: [1, null, null, null],
			object: { text: 'hi', scale: null }
		});
	});

	it('treats times as valid only in ISO form', () => {
		const at = (updatedAt: unknown) => sanitize({ chapters: { c: { updatedAt } } }).chapters.c!;
		expect(at('2026-03-05T09:12:30.000Z').updatedAt).toBe('2026-03-05T09:12:30.000Z');
		expect(at('2026-03-05T09:12:30+01:00').updatedAt).toBe('2026-03-05T09:12:30+01:00');
		for (const bad of ['2026-03-05', '2026-13-45T99:99:00Z', 'Thursday', 1741165950000, null]) {
			expect(at(bad)).toEqual(emptyChapter());
		}
	});

	it('keeps a best result only when 0 ≤ score ≤ max and max > 0', () => {
		const best = (value: unknown) => sanitize({ final: { best: value } }).final.best;
		expect(best({ score: 0, max: 5 })).toEqual({ score: 0, max: 5 });
		expect(best({ score: 2.5, max: 5 })).toEqual({ score: 2.5, max: 5 });
		for (const bad of [
			{ score: -1, max: 5 },
			{ score: 6, max: 5 },
			{ score: 0, max: 0 },
			{ score: 1, max: Number.POSITIVE_INFINITY },
			{ score: 1 },
			[1, 2],
			'4/5'
		]) {
			expect(best(bad)).toBeNull();
		}
	});
});

describe('prototype pollution', () => {
	it('ignores __proto__, constructor and prototype keys at every level', () => {
		const hostile = JSON.parse(`{
			"version": 2,
			"chapters": {
				"__proto__": { "step": "x", "answers": {}, "polluted": true },
				"constructor": { "step": "x" },
				"prototype": { "step": "x" },
				"real": {
					"step": "s",
					"activities": {
						"__proto__": { "polluted": "yes" },
						"a": { "__proto__": "polluted", "constructor": "x", "q": "o" }
					},
					"answers": {
						"__proto__": { "polluted": true },
						"q": { "__proto__": { "polluted": true }, "constructor": 1, "text": "ok", "scale": 1 }
					}
				}
			},
			"final": { "answers": { "__proto__": { "polluted": true }, "constructor": 1 } }
		}`);
		const progress = sanitize(hostile);

		expect(Object.keys(progress.chapters)).toEqual(['real']);
		expect(Object.getPrototypeOf(progress.chapters)).toBe(Object.prototype);
		expect(progress.chapters.real!.answers).toEqual({ q: { text: 'ok', scale: 1 } });
		expect(Object.getPrototypeOf(progress.chapters.real!.answers.q)).toBe(Object.prototype);
		expect(progress.chapters.real!.activities).toEqual({ a: { q: 'o' } });
		expect(Object.getPrototypeOf(progress.chapters.real!.activities!.a)).toBe(Object.prototype);
		expect(progress.final.answers).toEqual({});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});
});

describe('caps', () => {
	const many = (n: number, make: (i: number) => unknown) =>
		Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, make(i)]));

	it(`keeps at most ${LIMITS.chapters} chapters`, () => {
		const progress = sanitize({ chapters: many(LIMITS.chapters + 50, () => ({ step: 's' })) });
		expect(Object.keys(progress.chapters)).toHaveLength(LIMITS.chapters);
		expect(progress.chapters.k0?.step).toBe('s');
	});

	it(`keeps at most ${LIMITS.answers} answers per chapter and in the final quiz`, () => {
		const answers = many(LIMITS.answers + 10, (i) => i);
		const progress = sanitize({ chapters: { c: { answers } }, final: { answers } });
		expect(Object.keys(progress.chapters.c!.answers)).toHaveLength(LIMITS.answers);
		expect(Object.keys(progress.final.answers)).toHaveLength(LIMITS.answers);
	});

	it(`cuts answer text to ${LIMITS.textLength} characters without splitting an emoji`, () => {
		const long = 'a'.repeat(LIMITS.textLength + 100);
		const emoji = 'a'.repeat(LIMITS.textLength - 1) + '🔐' + 'tail';
		const answers = sanitize({
			final: { answers: { long: { text: long, scale: 1 }, emoji: { text: emoji, scale: 1 } } }
		}).final.answers as Record<string, { text: string }>;
		expect(answers.long!.text).toHaveLength(LIMITS.textLength);
		expect(answers.emoji!.text).toBe('a'.repeat(LIMITS.textLength - 1));
	});

	it(`keeps at most ${LIMITS.activities} activities per chapter, ${LIMITS.activityChoices} choices each`, () => {
		const activities = many(LIMITS.activities + 5, () =>
			many(LIMITS.activityChoices + 5, () => 'o')
		);
		const kept = sanitize({ chapters: { c: { activities } } }).chapters.c!.activities!;
		expect(Object.keys(kept)).toHaveLength(LIMITS.activities);
		for (const choices of Object.values(kept)) {
			expect(Object.keys(choices)).toHaveLength(LIMITS.activityChoices);
		}
	});

	it('refuses ids that are empty or too long', () => {
		const longId = 'x'.repeat(LIMITS.idLength + 1);
		const progress = sanitize({
			chapters: { [longId]: { step: 's' }, ok: { step: longId, answers: { [longId]: 1, '': 2 } } }
		});
		expect(progress.chapters).toEqual({ ok: emptyChapter() });
	});

	it('drops whole answers nested too deep, with too many items or too many keys', () => {
		const progress = sanitize({
			final: {
				answers: {
					deep: [[[[[1]]]]],
					justDeepEnough: [[[[1]]]],
					long: Array.from({ length: LIMITS.arrayLength + 1 }, () => 0),
					wide: many(LIMITS.objectKeys + 1, () => 0),
					sparse: Object.assign([], { length: 1e9 })
				}
			}
		});
		expect(progress.final.answers).toEqual({ justDeepEnough: [[[[1]]]] });
	});
});
