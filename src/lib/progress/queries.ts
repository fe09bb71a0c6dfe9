/**
 * Reading and changing progress. All pure: each change returns a new `Progress` (or the same
 * object when nothing changed, so callers can skip a save) and never mutates its input. Inputs
 * the stored data would not keep (unsafe ids, non-JSON responses, over the caps) change nothing,
 * so what the page holds is always what a reload would give back.
 */
import type { AnyResponse } from '$lib/quiz/types';
import { cleanAnswer, cleanBest, cleanChoices, isSafeId } from './sanitize';
import {
	emptyChapter,
	LIMITS,
	type ActivityChoices,
	type Best,
	type ChapterProgress,
	type FinalProgress,
	type Progress
} from './schema';

type Answers = Record<string, AnyResponse>;

/** The time to stamp a change with; an invalid date falls back to now rather than throwing. */
const stamp = (now: Date): string => (Number.isNaN(now.getTime()) ? new Date() : now).toISOString();

/** A chapter's progress; an empty one for a chapter not visited yet. */
export function chapterProgress(progress: Progress, slug: string): ChapterProgress {
	// hasOwn: a slug like "toString" must not find Object.prototype's.
	const chapter = Object.hasOwn(progress.chapters, slug) ? progress.chapters[slug] : undefined;
	return chapter ?? emptyChapter();
}

/** Applies `change` to one chapter (null from it: nothing to change) and stamps the time. */
function changeChapter(
	progress: Progress,
	slug: string,
	now: Date,
	change: (chapter: ChapterProgress) => ChapterProgress | null
): Progress {
	if (!isSafeId(slug)) return progress;
	const known = Object.hasOwn(progress.chapters, slug);
	if (!known && Object.keys(progress.chapters).length >= LIMITS.chapters) return progress;
	const changed = change(chapterProgress(progress, slug));
	if (changed === null) return progress;
	const time = stamp(now);
	return {
		...progress,
		chapters: { ...progress.chapters, [slug]: { ...changed, updatedAt: time } },
		updatedAt: time
	};
}

function changeFinal(
	progress: Progress,
	now: Date,
	change: (final: FinalProgress) => FinalProgress | null
): Progress {
	const changed = change(progress.final);
	if (changed === null) return progress;
	return { ...progress, final: changed, updatedAt: stamp(now) };
}

function setAnswer(answers: Answers, questionId: string, response: unknown): Answers | null {
	if (!isSafeId(questionId)) return null;
	const clean = cleanAnswer(response);
	if (clean === undefined) return null;
	const known = Object.hasOwn(answers, questionId);
	if (!known && Object.keys(answers).length >= LIMITS.answers) return null;
	return { ...answers, [questionId]: clean };
}

function removeAnswer(answers: Answers, questionId: string): Answers | null {
	if (!Object.hasOwn(answers, questionId)) return null;
	const rest = { ...answers };
	delete rest[questionId];
	return rest;
}

/** Whether `candidate` beats `current`: a higher ratio, or the same ratio out of more points. */
export function isBetter(candidate: Best, current: Best | null): boolean {
	if (current === null) return true;
	// Cross-multiplied so that 1/3 and 2/6 compare equal, which dividing would not promise.
	const ours = candidate.score * current.max;
	const theirs = current.score * candidate.max;
	return ours > theirs || (ours === theirs && candidate.max > current.max);
}

function betterBest(current: Best | null, score: number, max: number): Best | null {
	const candidate = cleanBest({ score, max });
	return candidate !== null && isBetter(candidate, current) ? candidate : null;
}

export function withStep(
	progress: Progress,
	slug: string,
	stepId: string,
	now = new Date()
): Progress {
	if (!isSafeId(stepId)) return progress;
	// Stamped even when the step is the same: coming back to a chapter makes it the last visited.
	return changeChapter(progress, slug, now, (chapter) => ({ ...chapter, step: stepId }));
}

/** Records a CHECKED response (the last one checked is what is kept). */
export function withAnswer(
	progress: Progress,
	slug: string,
	questionId: string,
	response: AnyResponse,
	now = new Date()
): Progress {
	return changeChapter(progress, slug, now, (chapter) => {
		const answers = setAnswer(chapter.answers, questionId, response);
		return answers && { ...chapter, answers };
	});
}

/** Forgets one response, e.g. when the reader tries a question again. */
export function withoutAnswer(
	progress: Progress,
	slug: string,
	questionId: string,
	now = new Date()
): Progress {
	return changeChapter(progress, slug, now, (chapter) => {
		const answers = removeAnswer(chapter.answers, questionId);
		return answers && { ...chapter, answers };
	});
}

/** Keeps the better of the stored best and this result (see `isBetter`). */
export function withBest(
	progress: Progress,
	slug: string,
	score: number,
	max: number,
	now = new Date()
): Progress {
	return changeChapter(progress, slug, now, (chapter) => {
		const best = betterBest(chapter.best, score, max);
		return best && { ...chapter, best };
	});
}

/** The choices saved for one of a chapter's activities; empty when there are none. */
export function activityChoices(
	progress: Progress,
	slug: string,
	activityId: string
): ActivityChoices {
	const activities = chapterProgress(progress, slug).activities ?? {};
	return (Object.hasOwn(activities, activityId) ? activities[activityId] : undefined) ?? {};
}

const sameChoices = (a: ActivityChoices, b: ActivityChoices): boolean => {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

/**
 * Replaces an activity's choices with `choices`, cleaned as storage would clean them; no choices
 * left forgets the activity. Unchanged choices change nothing (no save, no new time).
 */
export function withActivity(
	progress: Progress,
	slug: string,
	activityId: string,
	choices: ActivityChoices,
	now = new Date()
): Progress {
	if (!isSafeId(activityId)) return progress;
	const clean = cleanChoices(choices);
	return changeChapter(progress, slug, now, (chapter) => {
		const activities = chapter.activities ?? {};
		const known = Object.hasOwn(activities, activityId);
		if (sameChoices(known ? activities[activityId]! : {}, clean)) return null;
		if (!known && Object.keys(activities).length >= LIMITS.activities) return null;
		const next: Record<string, ActivityChoices> = { ...activities, [activityId]: clean };
		if (Object.keys(clean).length === 0) delete next[activityId];
		const changed: ChapterProgress = { ...chapter, activities: next };
		// As in storage: no activities left, no field.
		if (Object.keys(next).length === 0) delete changed.activities;
		return changed;
	});
}

/**
 * Where to offer "continue": the chapter changed most recently, with its last step. Chapters
 * migrated from version 1 have no time; they rank below timed ones and, among themselves, the
 * one stored last wins.
 */
export function lastVisited(progress: Progress): { slug: string; step: string | null } | null {
	let found: { slug: string; step: string | null; time: number } | null = null;
	for (const [slug, chapter] of Object.entries(progress.chapters)) {
		if (chapter.step === null && chapter.updatedAt === null) continue;
		const time = chapter.updatedAt === null ? -Infinity : Date.parse(chapter.updatedAt);
		if (found === null || time >= found.time) found = { slug, step: chapter.step, time };
	}
	return found && { slug: found.slug, step: found.step };
}

export function withFinalAnswer(
	progress: Progress,
	questionId: string,
	response: AnyResponse,
	now = new Date()
): Progress {
	return changeFinal(progress, now, (final) => {
		const answers = setAnswer(final.answers, questionId, response);
		return answers && { ...final, answers };
	});
}

export function withoutFinalAnswer(
	progress: Progress,
	questionId: string,
	now = new Date()
): Progress {
	return changeFinal(progress, now, (final) => {
		const answers = removeAnswer(final.answers, questionId);
		return answers && { ...final, answers };
	});
}

export function withFinalBest(
	progress: Progress,
	score: number,
	max: number,
	now = new Date()
): Progress {
	return changeFinal(progress, now, (final) => {
		const best = betterBest(final.best, score, max);
		return best && { ...final, best };
	});
}

/** Marks the final quiz completed; the first completion's time is the one kept. */
export function withFinalCompleted(progress: Progress, now = new Date()): Progress {
	return changeFinal(progress, now, (final) =>
		final.completedAt === null ? { ...final, completedAt: stamp(now) } : null
	);
}
