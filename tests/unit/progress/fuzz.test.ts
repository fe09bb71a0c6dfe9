/**
 * Fuzzing stored progress and imported files, the data a stranger (a broken extension, another
 * site's script sharing the origin, a doctored file) may hand us: reading it never throws, always
 * gives valid progress, never loses a valid part of what was stored, and a refused import never
 * touches what is stored. Seeded: a failure names its seed, and SEALED_FUZZ_SEED=<seed> replays
 * it (tests/support/fuzz.ts).
 */
import assert from 'node:assert/strict';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decode } from '$lib/progress/codec';
import {
	CURRENT_VERSION,
	exportProgress,
	IMPORT_ERRORS,
	importProgress,
	LIMITS,
	MAX_IMPORT_CHARS,
	migrate,
	openStore,
	sanitize,
	STORAGE_KEY,
	withActivity,
	withAnswer,
	withBest,
	withFinalAnswer,
	withFinalBest,
	withoutAnswer,
	withStep,
	type Progress
} from '$lib/progress';
import { isSafeId } from '$lib/progress/sanitize';
import type { AnyResponse } from '$lib/quiz/types';
import { ProgressState } from '$lib/state/progress.svelte';
import { fuzz, Random, setOwn, TRICKY_WORDS } from '../../support/fuzz';
import { fixture, fixtureJson, FakeStorage } from './support';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const REFUSALS: readonly string[] = Object.values(IMPORT_ERRORS);
const VALID_FIXTURES = ['v1.json', 'v2.json', 'v3.json'] as const;

/** Progress the app could hold: current version, clean, and unchanged by a save and reload. */
function assertValid(progress: Progress): void {
	assert.equal(progress.version, CURRENT_VERSION);
	// Saved and read back, it is the same: nothing in it is dropped or cleaned on the way.
	const text = JSON.stringify(progress);
	assert.deepEqual(json(decode(text).progress), JSON.parse(text));
	const chapters = Object.keys(progress.chapters);
	assert.ok(chapters.length <= LIMITS.chapters);
	for (const slug of chapters) {
		assert.ok(isSafeId(slug), slug);
		assert.ok(Object.keys(progress.chapters[slug]!.answers).length <= LIMITS.answers);
	}
}

/**
 * Every valid part of `original` is in `result`, unchanged: steps, answers, bests, choices and,
 * unless `times` is false (new answers in a chapter rightly stamp it), times.
 */
function assertSurvives(original: Progress, result: Progress, times = true): void {
	for (const [slug, chapter] of Object.entries(original.chapters)) {
		const kept = result.chapters[slug];
		assert.ok(kept, `chapter ${slug} was lost`);
		assert.equal(kept.step, chapter.step, `step of ${slug}`);
		assert.deepEqual(kept.best, chapter.best, `best of ${slug}`);
		if (times) assert.equal(kept.updatedAt, chapter.updatedAt, `time of ${slug}`);
		for (const [id, answer] of Object.entries(chapter.answers)) {
			assert.deepEqual(kept.answers[id], answer, `answer ${slug}/${id}`);
		}
		for (const [id, choices] of Object.entries(chapter.activities ?? {})) {
			for (const [question, option] of Object.entries(choices)) {
				assert.equal(kept.activities?.[id]?.[question], option, `choice ${slug}/${id}/${question}`);
			}
		}
	}
	for (const [id, answer] of Object.entries(original.final.answers)) {
		assert.deepEqual(result.final.answers[id], answer, `final answer ${id}`);
	}
	assert.deepEqual(result.final.best, original.final.best, 'final best');
	assert.equal(result.final.completedAt, original.final.completedAt, 'final completion');
}

/** Adds up to `count` new keys with junk values to `record`, never replacing a key it has. */
function addJunk(random: Random, record: unknown, count = random.int(0, 4)): void {
	if (typeof record !== 'object' || record === null || Array.isArray(record)) return;
	for (let i = 0; i < count; i += 1) {
		const key = random.bool(0.3) ? `fz-${random.int(0, 1e6)}` : random.key();
		if (Object.hasOwn(record, key)) continue;
		setOwn(record, key, random.json(3));
	}
}

/**
 * A valid stored blob (any version) with junk merged in: new top-level fields, new chapters, new
 * fields in chapters, new answers, activities and choices. Nothing valid is replaced, and answers
 * themselves are left whole (an answer is one value: adding to it would change it).
 */
function junked(random: Random, pristine: Record<string, unknown>): Record<string, unknown> {
	const blob = json(pristine) as Record<string, unknown>;
	addJunk(random, blob);
	const chapters = blob.chapters as Record<string, Record<string, unknown>>;
	addJunk(random, chapters, random.int(0, 6));
	for (const slug of Object.keys(pristine.chapters as object)) {
		const chapter = chapters[slug]!;
		addJunk(random, chapter);
		addJunk(random, chapter.answers);
		addJunk(random, chapter.quiz);
		addJunk(random, (chapter.quiz as Record<string, unknown> | undefined)?.answers);
		const activities = chapter.activities as Record<string, unknown> | undefined;
		addJunk(random, activities);
		for (const id of Object.keys(activities ?? {})) addJunk(random, activities![id]);
	}
	const final = blob.final as Record<string, unknown> | undefined;
	addJunk(random, final);
	addJunk(random, final?.answers);
	return blob;
}

/** Something progress-shaped: the right field names, with values anywhere from fine to absurd. */
function progressLike(random: Random): Record<string, unknown> {
	const time = () =>
		random.bool(0.6) ? new Date(random.int(0, 4e12)).toISOString() : random.json(0);
	const answers = () =>
		random.bool(0.8)
			? random.object(() => random.json(random.bool(0.9) ? random.int(0, 3) : 5))
			: random.json(2);
	const chapter = () =>
		random.bool(0.85)
			? {
					step: random.bool(0.7) ? random.key() : random.json(1),
					answers: answers(),
					best: random.bool(0.6)
						? { score: random.number(), max: random.number() }
						: random.json(1),
					updatedAt: time(),
					...(random.bool(0.3)
						? { activities: random.object(() => random.object(() => random.key())) }
						: {})
				}
			: random.json(2);
	const chapters: Record<string, unknown> = {};
	const count = random.int(0, 8);
	for (let i = 0; i < count; i += 1) setOwn(chapters, random.key(), chapter());
	return {
		version: random.pick<unknown>([1, 2, 3, 3, 3, 4, 0, -1, 2.5, '3', null, 1e9]),
		chapters: random.bool(0.9) ? chapters : random.json(2),
		final: random.bool(0.8)
			? { answers: answers(), best: random.json(1), completedAt: time() }
			: random.json(2),
		updatedAt: time()
	};
}

/** A valid file's text, damaged: cut short, a character changed, or something inserted. */
function damaged(random: Random, text: string): string {
	const at = random.int(0, text.length);
	return random.weighted<string>([
		[1, () => text.slice(0, at)],
		[1, () => text.slice(0, at) + random.chars(1) + text.slice(at + 1)],
		[1, () => text.slice(0, at) + random.string() + text.slice(at)],
		[
			1,
			() =>
				text.replace(
					/"version": ?\d/,
					`"version": ${random.pick(['4', '0', '"3"', 'null', '3.5'])}`
				)
		]
	]);
}

/** Text as storage might hold it under our key. */
function storedText(random: Random): string {
	return random.weighted<string>([
		[2, () => random.string()],
		[2, () => JSON.stringify(random.json(4))],
		[4, () => JSON.stringify(progressLike(random))],
		[2, () => damaged(random, fixture(random.pick(VALID_FIXTURES)))],
		[2, () => JSON.stringify(junked(random, fixtureJson(random.pick(VALID_FIXTURES)) as never))]
	]);
}

/** Text as an imported file might hold. */
function importText(random: Random): string {
	const wrap = (progress: unknown) =>
		JSON.stringify({
			app: random.bool(0.9) ? 'sealed' : random.pick(TRICKY_WORDS),
			kind: random.bool(0.9) ? 'progress' : random.pick(TRICKY_WORDS),
			exportedAt: random.json(0),
			progress
		});
	return random.weighted<string>([
		[2, () => random.string()],
		[2, () => JSON.stringify(random.json(4))],
		[4, () => wrap(progressLike(random))],
		[1, () => wrap(random.json(3))],
		[
			2,
			() =>
				damaged(
					random,
					fixture(random.pick(['export-v1.json', 'export-v2.json', 'export-v3.json']))
				)
		],
		[1, () => `\uFEFF${random.pick(['', ' ', '\n\t'])}${random.string()}`],
		[0.02, () => `{"app":"sealed","kind":"progress","pad":"${'x'.repeat(MAX_IMPORT_CHARS)}"}`]
	]);
}

describe('fuzzing stored progress', { timeout: 60_000 }, () => {
	it('reads any stored text without throwing, always as valid progress', () => {
		const runs = fuzz('decode(stored text)', 1000, (random) => {
			const read = decode(random.track(storedText(random)));
			assertValid(read.progress);
			if (read.problem) assert.ok(read.problem === 'unreadable' || read.problem === 'newer');
		});
		expect(runs).toBe(1000);
	});

	it('migrates and cleans any JSON value without throwing', () => {
		const runs = fuzz('migrate / sanitize', 1000, (random) => {
			const value = random.track(random.bool(0.5) ? progressLike(random) : random.json(5));
			assertValid(migrate(value).progress);
			assertValid(sanitize(value));
			// Cleaning what is already clean changes nothing.
			const clean = sanitize(value);
			assert.deepEqual(json(sanitize(clean)), json(clean));
		});
		expect(runs).toBe(1000);
	});

	it('never loses a valid part of stored progress, whatever junk is mixed into it', () => {
		const runs = fuzz('junk merged into valid progress', 500, (random) => {
			const name = random.pick(VALID_FIXTURES);
			const pristine = fixtureJson(name) as Record<string, unknown>;
			const original = migrate(pristine).progress;
			const blob = random.track(junked(random, pristine));
			assertSurvives(original, migrate(blob).progress);
			// The same through the text storage holds, and through an exported file.
			const text = JSON.stringify(blob);
			assertSurvives(original, decode(text).progress);
			const file = JSON.stringify({ app: 'sealed', kind: 'progress', progress: blob });
			const imported = importProgress(file);
			assert.ok(imported.ok, `import refused: ${imported.ok ? '' : imported.message}`);
			assertSurvives(original, imported.progress);
			// And through the store: loading heals the data, and the next save keeps every valid part.
			const storage = new FakeStorage();
			storage.items.set(STORAGE_KEY, text);
			const store = openStore(() => storage);
			assertSurvives(original, store.load().progress);
			assert.ok(store.save(store.load().progress));
			assertSurvives(original, decode(storage.items.get(STORAGE_KEY)).progress);
		});
		expect(runs).toBe(500);
	});

	it('never writes over progress from a newer Sealed, and never throws, whatever storage holds', () => {
		const runs = fuzz('store over random storage', 500, (random) => {
			const storage = new FakeStorage();
			const text = random.track(storedText(random));
			storage.items.set(STORAGE_KEY, text);
			storage.failWrites = random.bool(0.1) ? 'QuotaExceededError' : null;
			storage.failReads = random.bool(0.05);
			const store = openStore(() => storage);
			const newer = decode(text).problem === 'newer';
			const loaded = store.load();
			assertValid(loaded.progress);
			store.save(sanitize(progressLike(random)));
			store.update((progress) => withAnswer(progress, 'a-chapter', 'a-question', 1));
			if (newer || storage.failWrites || storage.failReads) {
				assert.equal(storage.items.get(STORAGE_KEY), text, 'stored text was replaced');
			} else {
				assertValid(decode(storage.items.get(STORAGE_KEY)).progress);
			}
		});
		expect(runs).toBe(500);
	});

	it('keeps what a reload would give back, and every stored part, through random changes', () => {
		const runs = fuzz('random changes to valid progress', 300, (random) => {
			const storage = new FakeStorage();
			storage.items.set(STORAGE_KEY, fixture('v3.json'));
			const original = decode(fixture('v3.json')).progress;
			const store = openStore(() => storage);
			const slugs = Object.keys(original.chapters);
			// Ids that are new (prefixed) or unusable: a change through them must not touch stored parts.
			const id = () => (random.bool(0.5) ? `fz-${random.int(0, 99)}` : random.key());
			const anySlug = () => (random.bool(0.5) ? random.pick(slugs) : id());
			// Responses come from the quiz engine: any value, but not traps that throw when read.
			const response = () => random.track(random.cloneable(random.int(0, 6))) as AnyResponse;
			const steps = random.int(1, 12);
			for (let i = 0; i < steps; i += 1) {
				const next = store.update((progress) =>
					random.weighted<Progress>([
						[2, () => withAnswer(progress, anySlug(), id(), response())],
						[1, () => withoutAnswer(progress, anySlug(), `fz-${random.int(0, 99)}`)],
						[1, () => withStep(progress, id(), random.string())],
						[
							1,
							() =>
								withStep(
									progress,
									random.pick(slugs),
									random.pick(['', '__proto__', 'x'.repeat(300)])
								)
						],
						[1, () => withBest(progress, id(), random.number(), random.number())],
						[
							1,
							() =>
								withActivity(
									progress,
									anySlug(),
									id(),
									// Junk on purpose: the page only ever passes strings.
									random.object(() => random.json(1)) as Record<string, string>
								)
						],
						[1, () => withFinalAnswer(progress, id(), response())],
						[
							1,
							() =>
								withFinalBest(
									progress,
									random.pick([-1, Number.NaN, Infinity, 7]),
									random.pick([0, -2, 6, Number.NaN])
								)
						]
					])
				);
				assertValid(next);
				assertSurvives(original, next, false);
				// What the page holds is exactly what a reload would give back.
				assert.deepEqual(json(openStore(() => storage).load().progress), json(next));
			}
		});
		expect(runs).toBe(300);
	});
});

describe('fuzzing imported files', { timeout: 60_000 }, () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('never throws, refuses junk with one of its clear messages, and accepts only Sealed files', () => {
		const runs = fuzz('importProgress', 1000, (random) => {
			const text = random.track(random.bool(0.95) ? importText(random) : random.cloneable(2));
			const result = importProgress(text);
			if (!result.ok) {
				assert.ok(REFUSALS.includes(result.message), result.message);
				return;
			}
			assertValid(result.progress);
			// Accepted: it really was a Sealed progress file of a version this code reads.
			const parsed = JSON.parse((text as string).replace(/^\uFEFF/, '')) as Record<string, unknown>;
			assert.equal(parsed.app, 'sealed');
			assert.equal(parsed.kind, 'progress');
			const version = (parsed.progress as { version: unknown }).version;
			assert.ok(
				Number.isInteger(version) &&
					(version as number) >= 1 &&
					(version as number) <= CURRENT_VERSION
			);
		});
		expect(runs).toBe(1000);
	});

	it('never changes stored progress when the page refuses an imported file', () => {
		const runs = fuzz('ProgressState.importText', 500, (random) => {
			const storage = new FakeStorage();
			const stored = fixture('v3.json');
			storage.items.set(STORAGE_KEY, stored);
			vi.stubGlobal('localStorage', storage);
			const state = new ProgressState();
			state.start();
			const before = state.progress;
			const text = random.track(importText(random));
			const problem = state.importText(text);
			if (problem === null) {
				// Accepted: what is shown and stored is the file's progress, nothing else.
				const result = importProgress(text);
				assert.ok(result.ok);
				assert.deepEqual(json(state.progress), json(result.progress));
				assert.deepEqual(
					json(decode(storage.items.get(STORAGE_KEY)).progress),
					json(result.progress)
				);
				return;
			}
			assert.ok(REFUSALS.includes(problem), problem);
			assert.equal(storage.items.get(STORAGE_KEY), stored, 'stored progress changed');
			assert.equal(state.progress, before, 'progress on the page changed');
		});
		expect(runs).toBe(500);
	});

	it('round-trips any valid progress through an exported file', () => {
		const runs = fuzz('export → import', 500, (random) => {
			const progress = random.track(sanitize(progressLike(random)));
			const result = importProgress(exportProgress(progress, new Date(random.int(0, 4e12))));
			assert.ok(result.ok);
			assert.deepEqual(json(result.progress), json(progress));
		});
		expect(runs).toBe(500);
	});
});
