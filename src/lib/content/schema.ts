import * as v from 'valibot';
import type { ChapterMeta } from './types';

/** A content file that does not match its schema; the message names the file and the field. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly field: string,
		problem: string
	) {
		super(`${file}: field "${field}" ${problem}`);
		this.name = 'ContentError';
	}
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ObjectiveSchema = v.object({
	id: v.pipe(v.string(), v.regex(idPattern, 'must be lowercase words joined by hyphens')),
	text: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))
});

export const ChapterMetaSchema = v.object({
	title: v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty')),
	summary: v.pipe(
		v.string('must be text'),
		v.trim(),
		v.nonEmpty('must not be empty'),
		v.maxLength(200, 'must be at most 200 characters')
	),
	minutes: v.pipe(
		v.number('must be a number'),
		v.integer('must be a whole number'),
		v.minValue(1, 'must be at least 1'),
		v.maxValue(120, 'must be at most 120')
	),
	objectives: v.pipe(
		v.array(ObjectiveSchema, 'must be a list of { id, text }'),
		v.minLength(1, 'must list at least one objective'),
		v.check(
			(list) => new Set(list.map((o) => o.id)).size === list.length,
			'must not repeat an objective id'
		)
	)
});

/** Validates a chapter's front matter, or throws a ContentError naming the file and field. */
export function parseChapterMeta(file: string, data: unknown): ChapterMeta {
	if (data === null || typeof data !== 'object') {
		throw new ContentError(file, 'front matter', 'is missing: start the file with a --- block');
	}
	const result = v.safeParse(ChapterMetaSchema, data);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const field = v.getDotPath(issue) ?? 'front matter';
	// valibot reports a missing key as a type mismatch with `received: undefined`.
	const problem = issue.input === undefined ? 'is required' : issue.message;
	throw new ContentError(file, field, problem);
}

/** `content/chapters/01-the-demand/index.svx` → number 1, slug `the-demand`; throws if misnamed. */
export function chapterFolder(file: string): { number: number; slug: string } {
	const folder = file.split('/').at(-2) ?? '';
	const match = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(folder);
	if (!match) {
		throw new ContentError(file, 'folder name', 'must look like NN-lowercase-slug');
	}
	return { number: Number(match[1]), slug: match[2]! };
}
