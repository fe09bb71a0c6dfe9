import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkChapters } from '$lib/content/build-check';
import { ContentError, chapterFolder, parseChapterMeta } from '$lib/content/schema';

const file = 'content/chapters/01-example/index.svx';
const valid = {
	title: 'The demand',
	summary: 'What was asked for, and what happened.',
	minutes: 8,
	objectives: [{ id: 'sequence-events', text: 'Put the events in order.' }]
};

/** The ContentError that `run` throws, so tests can read its message. */
function errorOf(run: () => unknown): ContentError {
	try {
		run();
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('expected a ContentError, but nothing was thrown');
}

describe('chapter front matter', () => {
	it('accepts a complete front matter and returns it typed', () => {
		expect(parseChapterMeta(file, valid)).toEqual(valid);
	});

	it.each([
		['title', { ...valid, title: undefined }, 'is required'],
		['summary', { ...valid, summary: '' }, 'must not be empty'],
		['minutes', { ...valid, minutes: 'ten' }, 'must be a number'],
		['minutes', { ...valid, minutes: 0 }, 'must be at least 1'],
		['minutes', { ...valid, minutes: 7.5 }, 'must be a whole number'],
		['objectives', { ...valid, objectives: [] }, 'at least one objective'],
		['objectives.0.id', { ...valid, objectives: [{ id: 'Bad Id', text: 'x' }] }, 'lowercase'],
		[
			'objectives',
			{
				...valid,
				objectives: [
					{ id: 'same', text: 'a' },
					{ id: 'same', text: 'b' }
				]
			},
			'must not repeat'
		]
	])('names the file and the field "%s" when it is wrong', (field, data, problem) => {
		const error = errorOf(() => parseChapterMeta(file, data));
		expect(error.message).toContain(file);
		expect(error.field).toBe(field);
		expect(error.message).toContain(`field "${field}"`);
		expect(error.message).toContain(problem);
	});

	it('reports a file with no front matter at all', () => {
		expect(() => parseChapterMeta(file, undefined)).toThrow(/front matter.*missing/);
	});

	it('derives number and slug from the folder, and refuses a misnamed folder', () => {
		expect(chapterFolder('content/chapters/07-what-happened-next/index.svx')).toEqual({
			number: 7,
			slug: 'what-happened-next'
		});
		expect(() => chapterFolder('content/chapters/seven/index.svx')).toThrow(/folder name/);
	});
});

describe('the build-time content check', () => {
	const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

	it('fails on a chapter whose front matter is malformed, naming the file and field', async () => {
		await expect(checkChapters(fixture('bad-front-matter'))).rejects.toThrow(
			'content/chapters/01-broken/index.svx: field "minutes" must be a number'
		);
	});

	it('fails on a chapter folder without its NN- number', async () => {
		await expect(checkChapters(fixture('bad-folder'))).rejects.toThrow(
			'content/chapters/1-no-padding/index.svx: field "folder name"'
		);
	});

	it('passes the real content', async () => {
		const root = fileURLToPath(new URL('../..', import.meta.url));
		expect(await checkChapters(root)).toBeGreaterThanOrEqual(1);
	});
});
