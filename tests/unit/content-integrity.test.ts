import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { glossary } from '$content/glossary';
import { sources } from '$content/sources';
import { parseChapterMeta } from '$lib/content/schema';
import { validateQuiz } from '$lib/quiz/validate';
import type { Step } from '$lib/scrolly/types';

// Every chapter, read the way the build reads it: prose as text, steps and quiz as modules.
const prose = import.meta.glob<string>('/content/chapters/*/index.svx', {
	query: '?raw',
	import: 'default',
	eager: true
});
const stepModules = import.meta.glob<{ steps: Step<unknown>[] }>('/content/chapters/*/steps.ts', {
	eager: true
});
const quizModules = import.meta.glob<{ questions: unknown }>('/content/chapters/*/quiz.ts', {
	eager: true
});

const folders = Object.keys(prose).map((path) => path.split('/').at(-2)!);
const ids = (text: string, tag: string) =>
	[...text.matchAll(new RegExp(`<${tag}\\s+id="([^"]+)"`, 'g'))].map((match) => match[1]!);

describe.each(folders)('chapter %s', (folder) => {
	const base = `/content/chapters/${folder}`;
	const text = prose[`${base}/index.svx`]!;
	const steps = stepModules[`${base}/steps.ts`]?.steps ?? [];

	it('has one <Step> per step in steps.ts, in the same order', () => {
		expect(steps.length).toBeGreaterThan(0);
		expect(ids(text, 'Step')).toEqual(steps.map((step) => step.id));
	});

	it('gives every step a unique, URL-safe id and a label', () => {
		const stepIds = steps.map((step) => step.id);
		expect(new Set(stepIds).size).toBe(stepIds.length);
		for (const step of steps) {
			expect(step.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(step.label.trim()).not.toBe('');
		}
	});

	it('marks only glossary terms that exist', () => {
		const known = new Set(glossary.map((entry) => entry.id));
		expect(ids(text, 'Term').filter((id) => !known.has(id))).toEqual([]);
	});

	it('cites only sources that exist', () => {
		const known = new Set(sources.map((source) => source.id));
		const unknown = ids(text, 'Cite').filter((id) => !known.has(id));
		expect(unknown).toEqual([]);
	});

	it('has a valid quiz that checks every objective', async () => {
		const compiled = await compile(text, { filename: `${base}/index.svx` });
		const meta = parseChapterMeta(base, (compiled?.data as { fm?: unknown }).fm);
		const questions = validateQuiz(`${base}/quiz.ts`, quizModules[`${base}/quiz.ts`]?.questions, {
			objectives: meta.objectives.map((objective) => objective.id),
			steps: steps.map((step) => step.id)
		});
		const checked = new Set(questions.flatMap((question) => question.objectives));
		const unchecked = meta.objectives.filter((objective) => !checked.has(objective.id));
		expect(unchecked).toEqual([]);
	});
});

describe('sources', () => {
	it('have unique ids, and every one is cited by some chapter', () => {
		const sourceIds = sources.map((source) => source.id);
		expect(new Set(sourceIds).size).toBe(sourceIds.length);
		const cited = new Set(Object.values(prose).flatMap((text) => ids(text, 'Cite')));
		expect(sourceIds.filter((id) => !cited.has(id))).toEqual([]);
	});

	it('list each document once, so /sources never numbers the same page twice', () => {
		const urls = sources.map((source) => source.url.replace(/\/$/, ''));
		expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
	});

	it('link to real web addresses', () => {
		for (const source of sources) expect(new URL(source.url).protocol).toMatch(/^https?:$/);
	});
});

describe('glossary', () => {
	it('has unique ids and a term and a definition for each', () => {
		const entryIds = glossary.map((entry) => entry.id);
		expect(new Set(entryIds).size).toBe(entryIds.length);
		for (const entry of glossary) {
			expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(entry.term.trim()).not.toBe('');
			expect(entry.definition.trim().length).toBeGreaterThan(20);
		}
		const terms = glossary.map((entry) => entry.term.toLowerCase());
		expect(terms.filter((term, i) => terms.indexOf(term) !== i)).toEqual([]);
	});
});

describe('quiz explanations', () => {
	it('do not open with a verdict, which the quiz itself shows beside them', async () => {
		const { explanationsOf } = await import('$lib/quiz/score');
		const verdict = /^(right|correct|wrong|incorrect|yes|no|true|false|not quite)\b[.,:!]/i;
		const openers = Object.values(quizModules)
			.flatMap((module) => module.questions as Parameters<typeof explanationsOf>[0][])
			.flatMap((question) => explanationsOf(question))
			.filter((text) => verdict.test(text));
		expect(openers).toEqual([]);
	});
});
