/**
 * The shape of stored progress (version 3), its limits and its empty values. Everything is kept
 * in one object under one `localStorage` key: per chapter the last step, the last checked answers,
 * the best quiz result and any choices made in its activities, plus the same (without activities)
 * for the final quiz. Older shapes and how they move
 * forward live in migrate.ts; cleaning untrusted data lives in sanitize.ts.
 */
import type { AnyResponse } from '$lib/quiz/types';

/** DESIGN.md's name for the storage namespace; the `version` field inside drives migrations. */
export const STORAGE_KEY = 'sealed:v1';

/** The version this code writes. Bump it together with a new step in migrate.ts and a fixture. */
export const CURRENT_VERSION = 3;

/**
 * Caps on what is read back, so a corrupted or hostile blob cannot blow up memory or the page.
 * They are far above anything the app writes: three to a dozen chapters, tens of questions each.
 */
export const LIMITS = {
	/** Chapters kept; later ones are dropped. */
	chapters: 200,
	/** Answers kept per chapter, and in the final quiz. */
	answers: 500,
	/** Slugs, step ids and question ids longer than this are refused. */
	idLength: 200,
	/** Text inside an answer (a reflection) is cut to this many characters. */
	textLength: 5000,
	/** Arrays and objects nested deeper than this inside an answer: the answer is dropped. */
	depth: 4,
	/** Arrays longer than this inside an answer: the answer is dropped. */
	arrayLength: 100,
	/** Objects with more keys than this inside an answer: the answer is dropped. */
	objectKeys: 20,
	/** Activities kept per chapter; later ones are dropped. */
	activities: 20,
	/** Choices kept per activity; later ones are dropped. */
	activityChoices: 20
} as const;

/** A quiz result: points scored out of the points available. */
export interface Best {
	score: number;
	max: number;
}

export interface ChapterProgress {
	/** Id of the last step the reader was at. */
	step: string | null;
	/** The last CHECKED response per question id (reflections included). */
	answers: Record<string, AnyResponse>;
	/** The best quiz result so far. */
	best: Best | null;
	/** ISO time of the last change. */
	updatedAt: string | null;
	/**
	 * Choices in the chapter's unscored activities (chapter 5's "You decide"): by activity id,
	 * then question id, the id of the option chosen. Absent when there are none, so chapters
	 * without activities keep the version-2 shape.
	 */
	activities?: Record<string, ActivityChoices>;
}

/** One activity's choices: question id → id of the option chosen. */
export type ActivityChoices = Record<string, string>;

export interface FinalProgress {
	answers: Record<string, AnyResponse>;
	best: Best | null;
	/** ISO time the final quiz was first completed. */
	completedAt: string | null;
}

export interface Progress {
	version: typeof CURRENT_VERSION;
	/** By chapter slug. */
	chapters: Record<string, ChapterProgress>;
	final: FinalProgress;
	/** ISO time of the last change anywhere. */
	updatedAt: string | null;
}

export function emptyChapter(): ChapterProgress {
	return { step: null, answers: {}, best: null, updatedAt: null };
}

export function emptyFinal(): FinalProgress {
	return { answers: {}, best: null, completedAt: null };
}

export function emptyProgress(): Progress {
	return { version: CURRENT_VERSION, chapters: {}, final: emptyFinal(), updatedAt: null };
}
