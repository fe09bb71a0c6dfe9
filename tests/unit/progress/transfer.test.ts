/** Export to a file and import from one: round trips, migration, and every refusal. */
import { describe, expect, it } from 'vitest';
import {
	emptyProgress,
	exportFileName,
	exportProgress,
	IMPORT_ERRORS,
	importProgress,
	MAX_IMPORT_CHARS,
	type ImportResult
} from '$lib/progress';
import { fixture, fixtureJson } from './support';

const v3 = () => fixtureJson('v3.json') as ReturnType<typeof emptyProgress>;
const refused = (message: string): ImportResult => ({ ok: false, message });

describe('exportProgress', () => {
	it('labels the progress as Sealed’s, with the time of export, as readable JSON', () => {
		const text = exportProgress(v3(), new Date('2026-03-05T10:00:00.000Z'));
		expect(JSON.parse(text)).toEqual({
			app: 'sealed',
			kind: 'progress',
			exportedAt: '2026-03-05T10:00:00.000Z',
			progress: v3()
		});
		expect(text).toContain('\n  "progress": {');
	});

	it('names the file after the local date', () => {
		expect(exportFileName(new Date(2026, 2, 5, 23, 59))).toBe('sealed-progress-2026-03-05.json');
		expect(exportFileName(new Date(2026, 11, 31, 0, 1))).toBe('sealed-progress-2026-12-31.json');
	});
});

describe('importProgress', () => {
	it('round-trips an export, activity choices included', () => {
		expect(importProgress(exportProgress(v3()))).toEqual({ ok: true, progress: v3() });
	});

	it('reads the version-3 export fixture', () => {
		const result = importProgress(fixture('export-v3.json'));
		expect(result).toEqual({
			ok: true,
			progress: (fixtureJson('export-v3.json') as { progress: unknown }).progress
		});
	});

	it('reads the version-2 export fixture as version 3, with nothing lost', () => {
		const result = importProgress(fixture('export-v2.json'));
		const { progress } = fixtureJson('export-v2.json') as { progress: Record<string, unknown> };
		expect(result).toEqual({ ok: true, progress: { ...progress, version: 3 } });
	});

	it('migrates a version-1 export', () => {
		expect(importProgress(fixture('export-v1.json'))).toEqual({
			ok: true,
			progress: {
				version: 3,
				chapters: {
					'the-demand': {
						step: 'round-the-table',
						answers: { 'what-was-asked': 0 },
						best: null,
						updatedAt: null
					}
				},
				final: { answers: {}, best: null, completedAt: null },
				updatedAt: null
			}
		});
	});

	it('accepts a file with a byte order mark', () => {
		expect(importProgress('\uFEFF' + fixture('export-v2.json')).ok).toBe(true);
	});

	it('refuses an empty file', () => {
		expect(importProgress('')).toEqual(refused(IMPORT_ERRORS.empty));
		expect(importProgress(' \n\t')).toEqual(refused(IMPORT_ERRORS.empty));
	});

	it('refuses a file that is not JSON', () => {
		expect(importProgress(fixture('corrupt.txt'))).toEqual(refused(IMPORT_ERRORS.notJson));
		expect(importProgress('%PDF-1.7')).toEqual(refused(IMPORT_ERRORS.notJson));
		expect(importProgress(42 as unknown as string)).toEqual(refused(IMPORT_ERRORS.notJson));
	});

	it('refuses JSON from something else, even progress not wrapped as an export', () => {
		expect(importProgress(fixture('foreign.json'))).toEqual(refused(IMPORT_ERRORS.foreign));
		expect(importProgress(fixture('v2.json'))).toEqual(refused(IMPORT_ERRORS.foreign));
		expect(importProgress('[1, 2]')).toEqual(refused(IMPORT_ERRORS.foreign));
		expect(importProgress('{"app":"sealed","kind":"settings"}')).toEqual(
			refused(IMPORT_ERRORS.foreign)
		);
	});

	it('refuses an export whose progress cannot be read', () => {
		const file = (progress: unknown) =>
			JSON.stringify({ app: 'sealed', kind: 'progress', progress });
		expect(importProgress(file(undefined))).toEqual(refused(IMPORT_ERRORS.damaged));
		expect(importProgress(file({ chapters: {} }))).toEqual(refused(IMPORT_ERRORS.damaged));
	});

	it('refuses an export from a newer version', () => {
		const text = JSON.stringify({
			app: 'sealed',
			kind: 'progress',
			progress: fixtureJson('future-v9.json')
		});
		expect(importProgress(text)).toEqual(refused(IMPORT_ERRORS.newer));
	});

	it(`refuses a file over ${MAX_IMPORT_CHARS} characters without reading it`, () => {
		const huge = exportProgress(emptyProgress()).replace('{', '{' + ' '.repeat(MAX_IMPORT_CHARS));
		expect(importProgress(huge)).toEqual(refused(IMPORT_ERRORS.tooLarge));
	});

	it('gives a message for every refusal', () => {
		for (const message of Object.values(IMPORT_ERRORS)) expect(message.length).toBeGreaterThan(20);
	});
});
