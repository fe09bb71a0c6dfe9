/** Each stored version migrates forward; unknown and newer versions are refused, not guessed at. */
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, emptyProgress, migrate, type Progress } from '$lib/progress';
import { fixtureJson } from './support';

describe('migrate', () => {
	it('is at version 3, so each version below has a fixture and a test here', () => {
		expect(CURRENT_VERSION).toBe(3);
	});

	it('moves the version-1 fixture to version 3: steps and answers kept, scores dropped', () => {
		const expected: Progress = {
			version: 3,
			chapters: {
				'the-demand': {
					step: 'access-not-a-ban',
					answers: { 'what-was-asked': 1, 'for-or-against-encryption': false, 'put-in-order': 2 },
					best: null,
					updatedAt: null
				},
				'how-a-message-travels': {
					step: 'tls-on-the-network',
					answers: {},
					best: null,
					updatedAt: null
				}
			},
			final: { answers: {}, best: null, completedAt: null },
			updatedAt: null
		};
		expect(migrate(fixtureJson('v1.json'))).toEqual({ progress: expected, from: 1 });
	});

	it('moves the version-2 fixture to version 3 with nothing lost', () => {
		const v2 = fixtureJson('v2.json') as Record<string, unknown>;
		expect(migrate(v2)).toEqual({ progress: { ...v2, version: 3 }, from: 2 });
		// No chapter gains an empty `activities`: version 3 adds the field only when it is used.
		const { progress } = migrate(v2);
		for (const chapter of Object.values(progress.chapters)) {
			expect(chapter).not.toHaveProperty('activities');
		}
	});

	it('keeps the version-3 fixture, activity choices included, as it is', () => {
		expect(migrate(fixtureJson('v3.json'))).toEqual({ progress: fixtureJson('v3.json'), from: 3 });
	});

	it('cleans activities even in data that calls itself version 2', () => {
		const { progress } = migrate({
			version: 2,
			chapters: {
				c: {
					step: 's',
					answers: { q: 1 },
					activities: { 'you-decide': { reach: 'metadata', risk: 7 }, junk: 'x' }
				}
			}
		});
		expect(progress.chapters.c).toEqual({
			step: 's',
			answers: { q: 1 },
			best: null,
			updatedAt: null,
			activities: { 'you-decide': { reach: 'metadata' } }
		});
	});

	it('tolerates version-1 chapters with missing or odd parts', () => {
		// Parsed, as stored data is: a `__proto__` literal in code would set the prototype instead.
		const { progress } = migrate(
			JSON.parse(`{
				"version": 1,
				"chapters": {
					"no-quiz": { "step": "a" },
					"bad-quiz": { "step": 7, "quiz": "x" },
					"not-a-chapter": 3,
					"__proto__": { "step": "x", "quiz": { "answers": { "polluted": true } } }
				}
			}`)
		);
		expect(progress.chapters).toEqual({
			'no-quiz': { step: 'a', answers: {}, best: null, updatedAt: null },
			'bad-quiz': { step: null, answers: {}, best: null, updatedAt: null }
		});
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('does not migrate a newer version, and says so', () => {
		expect(migrate(fixtureJson('future-v9.json'))).toEqual({
			progress: emptyProgress(),
			from: 9,
			problem: 'newer'
		});
	});

	it('calls anything without a known version unreadable', () => {
		for (const raw of [
			null,
			'sealed',
			[1],
			{},
			{ version: 0 },
			{ version: '2' },
			{ version: 1.5 },
			{ chapters: {} }
		]) {
			expect(migrate(raw)).toEqual({
				progress: emptyProgress(),
				from: null,
				problem: 'unreadable'
			});
		}
	});
});
