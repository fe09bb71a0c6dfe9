/**
 * Brings stored progress of any known version up to the current one. Each step turns version n
 * into version n + 1 and may be loose about shapes, because `sanitize` cleans the end result.
 * Every version keeps a fixture in tests/fixtures/progress/ and a test that migrates it.
 */
import { isRecord, isSafeId, sanitize } from './sanitize';
import { CURRENT_VERSION, emptyFinal, emptyProgress, type Progress } from './schema';

/**
 * Why stored data was not used: `unreadable` (not an object, no known version) means it may be
 * replaced; `newer` means a newer Sealed wrote it, so this code must not write over it.
 */
export type MigrationProblem = 'unreadable' | 'newer';

export interface Migrated {
	progress: Progress;
	/** The version the data was stored as, or null when it had none. */
	from: number | null;
	problem?: MigrationProblem;
}

type Upgrade = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 1, DESIGN.md's first sketch, which early prototypes may have written:
 * `{ version: 1, chapters: { [slug]: { step, quiz: { answers, score } } } }`.
 * The step and the answers carry over. The score does not: version 1 stored no maximum, so it
 * cannot become a `best` result, and nothing real is lost because the app recomputes scores from
 * the answers. Version 1 had no times and no final quiz.
 */
const fromV1: Upgrade = (old) => {
	const chapters: Record<string, unknown> = {};
	if (isRecord(old.chapters)) {
		for (const [slug, chapter] of Object.entries(old.chapters)) {
			// Checked here too, because assigning a `__proto__` key would change `chapters` itself.
			if (!isSafeId(slug) || !isRecord(chapter)) continue;
			const quiz = isRecord(chapter.quiz) ? chapter.quiz : {};
			chapters[slug] = { step: chapter.step, answers: quiz.answers, best: null, updatedAt: null };
		}
	}
	return { version: 2, chapters, final: emptyFinal(), updatedAt: null };
};

/**
 * Version 2 → 3 only adds the optional `activities` to each chapter (choices in unscored
 * activities such as chapter 5's "You decide"). Everything else carries over as it is.
 */
const fromV2: Upgrade = (old) => ({ ...old, version: 3 });

/** UPGRADES[n - 1] turns version n into version n + 1. */
const UPGRADES: readonly Upgrade[] = [fromV1, fromV2];

export function migrate(raw: unknown): Migrated {
	if (!isRecord(raw)) return { progress: emptyProgress(), from: null, problem: 'unreadable' };
	const version = raw.version;
	// Version 0, fractions, strings or no version at all: nothing Sealed ever wrote.
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { progress: emptyProgress(), from: null, problem: 'unreadable' };
	}
	if (version > CURRENT_VERSION) {
		return { progress: emptyProgress(), from: version, problem: 'newer' };
	}
	let data = raw;
	for (let step = version; step < CURRENT_VERSION; step += 1) {
		const upgrade = UPGRADES[step - 1];
		if (upgrade) data = upgrade(data);
	}
	return { progress: sanitize(data), from: version };
}
