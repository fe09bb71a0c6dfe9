/**
 * Cleans untrusted data (whatever `JSON.parse` gave back, or an imported file) into a valid
 * `Progress`, field by field: every valid part is kept and every invalid part is dropped, so one
 * bad value never costs the reader the rest of their progress. Never throws on JSON-like input.
 */
import type { AnyResponse } from '$lib/quiz/types';
import {
	CURRENT_VERSION,
	emptyFinal,
	LIMITS,
	type ActivityChoices,
	type Best,
	type ChapterProgress,
	type FinalProgress,
	type Progress
} from './schema';

/**
 * Keys that would reach an object's prototype when assigned (`__proto__`) or that only ever turn
 * up in attacks. JSON.parse makes `__proto__` an ordinary own key, but copying it with `out[key] =`
 * would replace `out`'s prototype, so such keys are never copied.
 */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An ISO 8601 date-time as `Date.prototype.toISOString` writes it, or with an offset. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Returned when an answer breaks a cap: keeping part of it would change what it means. */
const REFUSED = Symbol('refused');

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (!isRecord(value)) return false;
	const proto: unknown = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/** A usable chapter slug, step id or question id: non-empty, not too long, not a prototype key. */
export function isSafeId(value: unknown): value is string {
	return (
		typeof value === 'string' &&
		value.length > 0 &&
		value.length <= LIMITS.idLength &&
		!UNSAFE_KEYS.has(value)
	);
}

export function isIsoTime(value: unknown): value is string {
	return (
		typeof value === 'string' &&
		value.length <= 40 &&
		ISO_TIME.test(value) &&
		!Number.isNaN(Date.parse(value))
	);
}

const timeOrNull = (value: unknown): string | null => (isIsoTime(value) ? value : null);

/** A quiz result is kept only when it makes sense: 0 ≤ score ≤ max, and max above 0. */
export function cleanBest(value: unknown): Best | null {
	if (!isRecord(value)) return null;
	const { score, max } = value;
	if (typeof score !== 'number' || typeof max !== 'number') return null;
	if (!Number.isFinite(score) || !Number.isFinite(max)) return null;
	if (max <= 0 || score < 0 || score > max) return null;
	return { score, max };
}

/** Cuts text to the cap without leaving half of a surrogate pair (an emoji) at the end. */
function clip(text: string): string {
	if (text.length <= LIMITS.textLength) return text;
	const end = LIMITS.textLength;
	const last = text.charCodeAt(end - 1);
	return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

/**
 * A JSON-like copy of `value`, following JSON's own rules so that what is kept in memory is what
 * a save and reload would give back: non-finite numbers become null; functions, symbols, bigints,
 * `undefined` and class instances vanish from objects and become null in arrays. Text is cut to
 * the cap; structures beyond a cap are REFUSED whole.
 */
function cleanJson(value: unknown, depth: number): Json | undefined | typeof REFUSED {
	switch (typeof value) {
		case 'boolean':
			return value;
		case 'number':
			return Number.isFinite(value) ? value : null;
		case 'string':
			return clip(value);
		case 'object':
			break;
		default:
			return undefined;
	}
	if (value === null) return null;
	if (depth >= LIMITS.depth) return REFUSED;
	if (Array.isArray(value)) {
		// Checked before reading: a sparse array can claim a huge length cheaply.
		if (value.length > LIMITS.arrayLength) return REFUSED;
		const items: Json[] = [];
		for (const item of value) {
			const clean = cleanJson(item, depth + 1);
			if (clean === REFUSED) return REFUSED;
			items.push(clean === undefined ? null : clean);
		}
		return items;
	}
	if (!isPlainObject(value)) return undefined;
	const keys = Object.keys(value);
	if (keys.length > LIMITS.objectKeys) return REFUSED;
	const object: Record<string, Json> = {};
	for (const key of keys) {
		if (!isSafeId(key)) continue;
		const clean = cleanJson(value[key], depth + 1);
		if (clean === REFUSED) return REFUSED;
		if (clean !== undefined) object[key] = clean;
	}
	return object;
}

/**
 * A stored answer as a JSON value, or undefined when there is nothing to keep. Its shape is not
 * checked against any question: that is the quiz engine's job (`isAnswered` is false for a
 * malformed response), and a strict check here would silently drop answers to question types
 * added later.
 */
export function cleanAnswer(value: unknown): AnyResponse | undefined {
	const clean = cleanJson(value, 0);
	if (clean === undefined || clean === REFUSED) return undefined;
	return clean as AnyResponse;
}

export function cleanAnswers(value: unknown): Record<string, AnyResponse> {
	const answers: Record<string, AnyResponse> = {};
	if (!isRecord(value)) return answers;
	let count = 0;
	for (const id of Object.keys(value)) {
		if (count >= LIMITS.answers) break;
		if (!isSafeId(id)) continue;
		const answer = cleanAnswer(value[id]);
		if (answer === undefined) continue;
		answers[id] = answer;
		count += 1;
	}
	return answers;
}

/**
 * One activity's choices: each a safe question id mapped to a safe option id. Anything else (a
 * number, an object, an unsafe or over-long id) is dropped on its own; the rest stay.
 */
export function cleanChoices(value: unknown): ActivityChoices {
	const choices: ActivityChoices = {};
	if (!isRecord(value)) return choices;
	let count = 0;
	for (const id of Object.keys(value)) {
		if (count >= LIMITS.activityChoices) break;
		const choice = value[id];
		if (!isSafeId(id) || !isSafeId(choice)) continue;
		choices[id] = choice;
		count += 1;
	}
	return choices;
}

/** A chapter's activities, or undefined when none has a choice left to keep. */
function cleanActivities(value: unknown): Record<string, ActivityChoices> | undefined {
	if (!isRecord(value)) return undefined;
	const activities: Record<string, ActivityChoices> = {};
	let count = 0;
	for (const id of Object.keys(value)) {
		if (count >= LIMITS.activities) break;
		if (!isSafeId(id)) continue;
		const choices = cleanChoices(value[id]);
		if (Object.keys(choices).length === 0) continue;
		activities[id] = choices;
		count += 1;
	}
	return Object.keys(activities).length ? activities : undefined;
}

/** A chapter that is not an object at all is dropped; otherwise each field stands on its own. */
function cleanChapter(value: unknown): ChapterProgress | null {
	if (!isRecord(value)) return null;
	const chapter: ChapterProgress = {
		step: isSafeId(value.step) ? value.step : null,
		answers: cleanAnswers(value.answers),
		best: cleanBest(value.best),
		updatedAt: timeOrNull(value.updatedAt)
	};
	// Left out when empty, so a chapter without activities looks exactly as it did in version 2.
	const activities = cleanActivities(value.activities);
	if (activities) chapter.activities = activities;
	return chapter;
}

function cleanFinal(value: unknown): FinalProgress {
	if (!isRecord(value)) return emptyFinal();
	return {
		answers: cleanAnswers(value.answers),
		best: cleanBest(value.best),
		completedAt: timeOrNull(value.completedAt)
	};
}

/**
 * A valid `Progress` from version-3-shaped data (migrate.ts brings older shapes to it first). The
 * result shares nothing with the input, so it is also a safe deep copy.
 */
export function sanitize(raw: unknown): Progress {
	const source = isRecord(raw) ? raw : {};
	const chapters: Record<string, ChapterProgress> = {};
	if (isRecord(source.chapters)) {
		let count = 0;
		for (const slug of Object.keys(source.chapters)) {
			if (count >= LIMITS.chapters) break;
			if (!isSafeId(slug)) continue;
			const chapter = cleanChapter(source.chapters[slug]);
			if (chapter === null) continue;
			chapters[slug] = chapter;
			count += 1;
		}
	}
	return {
		version: CURRENT_VERSION,
		chapters,
		final: cleanFinal(source.final),
		updatedAt: timeOrNull(source.updatedAt)
	};
}
