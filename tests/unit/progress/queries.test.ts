/** The pure helpers that read and change progress. */
import { describe, expect, it } from 'vitest';
import {
	activityChoices,
	chapterProgress,
	emptyChapter,
	emptyProgress,
	isBetter,
	lastVisited,
	LIMITS,
	migrate,
	withActivity,
	withAnswer,
	withBest,
	withFinalAnswer,
	withFinalBest,
	withFinalCompleted,
	withoutAnswer,
	withoutFinalAnswer,
	withStep,
	type Progress
} from '$lib/progress';
import { fixtureJson } from './support';

const t1 = new Date('2026-03-05T10:00:00.000Z');
const t2 = new Date('2026-03-05T11:00:00.000Z');
const t3 = new Date('2026-03-05T12:00:00.000Z');

/** Deep-frozen, so any mutation by a helper throws. */
function frozen<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		for (const inner of Object.values(value)) frozen(inner);
		Object.freeze(value);
	}
	return value;
}

describe('chapters', () => {
	it('gives an empty chapter for one not visited, even one named like a prototype key', () => {
		expect(chapterProgress(emptyProgress(), 'the-demand')).toEqual(emptyChapter());
		expect(chapterProgress(emptyProgress(), 'toString')).toEqual(emptyChapter());
	});

	it('records the step and stamps the chapter and the whole', () => {
		const p = withStep(frozen(emptyProgress()), 'the-demand', 'a-secret-place', t1);
		expect(p.chapters['the-demand']).toEqual({
			...emptyChapter(),
			step: 'a-secret-place',
			updatedAt: t1.toISOString()
		});
		expect(p.updatedAt).toBe(t1.toISOString());
	});

	it('records, replaces and forgets answers without touching the input', () => {
		const start = frozen(withAnswer(emptyProgress(), 'c', 'q1', 1, t1));
		const replaced = withAnswer(start, 'c', 'q1', 2, t2);
		const reflected = withAnswer(replaced, 'c', 'q2', { text: 'Mine.', scale: 3 }, t2);
		expect(reflected.chapters.c?.answers).toEqual({ q1: 2, q2: { text: 'Mine.', scale: 3 } });
		expect(start.chapters.c?.answers).toEqual({ q1: 1 });

		const forgotten = withoutAnswer(frozen(reflected), 'c', 'q1', t3);
		expect(forgotten.chapters.c?.answers).toEqual({ q2: { text: 'Mine.', scale: 3 } });
		expect(forgotten.chapters.c?.updatedAt).toBe(t3.toISOString());
	});

	it('returns the same object when nothing changes', () => {
		const p = frozen(withAnswer(emptyProgress(), 'c', 'q1', 1, t1));
		expect(withoutAnswer(p, 'c', 'not-there', t2)).toBe(p);
		expect(withStep(p, '__proto__', 'x', t2)).toBe(p);
		expect(withStep(p, 'c', '', t2)).toBe(p);
		expect(withAnswer(p, 'c', 'constructor', 1, t2)).toBe(p);
		expect(withAnswer(p, 'c', 'q2', undefined as never, t2)).toBe(p);
		expect(withBest(p, 'c', 5, 4, t2)).toBe(p);
	});

	it('keeps what a reload would keep: responses cleaned as storage would clean them', () => {
		const p = withAnswer(emptyProgress(), 'c', 'q', [1, Number.NaN] as never, t1);
		expect(p.chapters.c?.answers.q).toEqual([1, null]);
	});

	it('stops adding chapters and answers at the caps', () => {
		let p: Progress = emptyProgress();
		for (let i = 0; i < LIMITS.chapters; i += 1) p = withStep(p, `c${i}`, 's', t1);
		expect(withStep(p, 'one-more', 's', t1)).toBe(p);
		expect(withStep(p, 'c0', 't', t1).chapters.c0?.step).toBe('t');

		let q: Progress = emptyProgress();
		for (let i = 0; i < LIMITS.answers; i += 1) q = withFinalAnswer(q, `q${i}`, 0, t1);
		expect(withFinalAnswer(q, 'one-more', 0, t1)).toBe(q);
	});
});

describe('activities', () => {
	it('records an activity’s choices in its chapter, stamped, without touching the input', () => {
		const start = frozen(withAnswer(emptyProgress(), 'c', 'q1', 1, t1));
		const p = withActivity(start, 'c', 'you-decide', { reach: 'metadata' }, t2);
		expect(p.chapters.c).toEqual({
			step: null,
			answers: { q1: 1 },
			best: null,
			updatedAt: t2.toISOString(),
			activities: { 'you-decide': { reach: 'metadata' } }
		});
		expect(p.updatedAt).toBe(t2.toISOString());
		expect(start.chapters.c).not.toHaveProperty('activities');
		expect(activityChoices(p, 'c', 'you-decide')).toEqual({ reach: 'metadata' });
	});

	it('replaces the choices whole, and forgets the activity when none are left', () => {
		let p = withActivity(emptyProgress(), 'c', 'a', { reach: 'metadata', risk: 'no' }, t1);
		p = withActivity(frozen(p), 'c', 'b', { x: 'y' }, t1);
		p = withActivity(frozen(p), 'c', 'a', { reach: 'their-phone' }, t2);
		expect(p.chapters.c?.activities).toEqual({ a: { reach: 'their-phone' }, b: { x: 'y' } });
		p = withActivity(frozen(p), 'c', 'a', {}, t3);
		expect(p.chapters.c?.activities).toEqual({ b: { x: 'y' } });
		p = withActivity(frozen(p), 'c', 'b', {}, t3);
		expect(p.chapters.c).not.toHaveProperty('activities');
		expect(p.chapters.c?.updatedAt).toBe(t3.toISOString());
	});

	it('keeps only what storage would keep, and changes nothing for nothing new', () => {
		const p = frozen(
			withActivity(emptyProgress(), 'c', 'a', { ok: 'yes', n: 3, '': 'x' } as never, t1)
		);
		expect(activityChoices(p, 'c', 'a')).toEqual({ ok: 'yes' });
		expect(withActivity(p, 'c', 'a', { ok: 'yes' }, t2)).toBe(p);
		expect(withActivity(p, 'c', 'other', {}, t2)).toBe(p);
		expect(withActivity(p, 'c', '__proto__', { ok: 'yes' }, t2)).toBe(p);
		expect(withActivity(p, 'constructor', 'a', { ok: 'yes' }, t2)).toBe(p);
	});

	it('reads no choices for an unknown chapter or activity, even one named like a prototype key', () => {
		const p = withActivity(emptyProgress(), 'c', 'a', { ok: 'yes' }, t1);
		expect(activityChoices(p, 'missing', 'a')).toEqual({});
		expect(activityChoices(p, 'c', 'missing')).toEqual({});
		expect(activityChoices(p, 'c', 'toString')).toEqual({});
	});

	it(`stops adding activities at ${LIMITS.activities} per chapter`, () => {
		let p: Progress = emptyProgress();
		for (let i = 0; i < LIMITS.activities; i += 1)
			p = withActivity(p, 'c', `a${i}`, { q: 'o' }, t1);
		expect(withActivity(p, 'c', 'one-more', { q: 'o' }, t1)).toBe(p);
		expect(activityChoices(withActivity(p, 'c', 'a0', { q: 'p' }, t1), 'c', 'a0')).toEqual({
			q: 'p'
		});
	});
});

describe('best results', () => {
	it('keeps the better ratio, and on a tie the result out of more points', () => {
		expect(isBetter({ score: 3, max: 4 }, null)).toBe(true);
		expect(isBetter({ score: 3, max: 4 }, { score: 2, max: 4 })).toBe(true);
		expect(isBetter({ score: 2, max: 4 }, { score: 3, max: 4 })).toBe(false);
		expect(isBetter({ score: 2, max: 6 }, { score: 1, max: 3 })).toBe(true);
		expect(isBetter({ score: 1, max: 3 }, { score: 2, max: 6 })).toBe(false);
		expect(isBetter({ score: 2, max: 6 }, { score: 2, max: 6 })).toBe(false);
	});

	it('records a chapter best only when it beats the stored one', () => {
		const first = withBest(emptyProgress(), 'c', 5, 8, t1);
		expect(first.chapters.c?.best).toEqual({ score: 5, max: 8 });
		const worse = withBest(first, 'c', 4, 8, t2);
		expect(worse).toBe(first);
		const better = withBest(first, 'c', 7, 8, t2);
		expect(better.chapters.c?.best).toEqual({ score: 7, max: 8 });
	});

	it('records the final quiz’s best and answers, and its first completion', () => {
		let p = withFinalAnswer(emptyProgress(), 'q', true, t1);
		p = withFinalBest(p, 3, 6, t1);
		p = withFinalBest(p, 2, 6, t2);
		p = withFinalCompleted(p, t2);
		p = withFinalCompleted(p, t3);
		expect(p.final).toEqual({
			answers: { q: true },
			best: { score: 3, max: 6 },
			completedAt: t2.toISOString()
		});
		expect(withoutFinalAnswer(p, 'q', t3).final.answers).toEqual({});
	});
});

describe('lastVisited', () => {
	it('is null before anything was visited', () => {
		expect(lastVisited(emptyProgress())).toBeNull();
	});

	it('is the chapter changed most recently', () => {
		let p = withStep(emptyProgress(), 'a', 'a-2', t1);
		p = withStep(p, 'b', 'b-1', t3);
		p = withStep(p, 'c', 'c-5', t2);
		expect(lastVisited(p)).toEqual({ slug: 'b', step: 'b-1' });
		expect(lastVisited(withStep(p, 'a', 'a-2', new Date('2026-03-06T00:00:00Z')))).toEqual({
			slug: 'a',
			step: 'a-2'
		});
	});

	it('works on the fixture and on undated chapters migrated from version 1', () => {
		expect(lastVisited(fixtureJson('v2.json') as Progress)).toEqual({
			slug: 'how-a-message-travels',
			step: 'e2ee-at-the-server'
		});
		const fromV1 = migrate(fixtureJson('v1.json')).progress;
		expect(lastVisited(fromV1)).toEqual({
			slug: 'how-a-message-travels',
			step: 'tls-on-the-network'
		});
		expect(lastVisited(withStep(fromV1, 'the-demand', 'x', t1))).toEqual({
			slug: 'the-demand',
			step: 'x'
		});
	});
});
