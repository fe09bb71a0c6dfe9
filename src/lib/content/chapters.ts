import type { Component } from 'svelte';
import type { Question } from '$lib/quiz/types';
import { validateQuiz } from '$lib/quiz/validate';
import type { Step } from '$lib/scrolly/types';
import type { ChapterLink, ChapterMeta, ChapterSummary } from './types';

interface ChapterModule {
	default: Component;
	metadata: ChapterMeta;
}

// Lazy globs only: each chapter (and the d3 code its diagram needs) becomes its own chunk.
// An eager glob, even of `metadata` alone, would pull every chapter into the shared bundle.
const chapterModules = import.meta.glob<ChapterModule>('/content/chapters/*/index.svx');
const quizModules = import.meta.glob<{ questions: unknown }>('/content/chapters/*/quiz.ts');
const stepModules = import.meta.glob<{ steps: Step<unknown>[] }>('/content/chapters/*/steps.ts');

interface Entry {
	folder: string;
	number: number;
	slug: string;
}

/** `/content/chapters/01-the-demand/index.svx` → folder, number 1, slug `the-demand`. */
export function parseChapterPath(path: string): Entry {
	const folder = path.split('/').at(-2) ?? '';
	const match = /^(\d+)-(.+)$/.exec(folder);
	if (!match) throw new Error(`${path}: chapter folders are named NN-slug`);
	return { folder, number: Number(match[1]), slug: match[2]! };
}

const entries: Entry[] = Object.keys(chapterModules)
	.map(parseChapterPath)
	.sort((a, b) => a.number - b.number);

export const chapterSlugs = (): string[] => entries.map((entry) => entry.slug);

const findEntry = (slug: string) => entries.find((entry) => entry.slug === slug);
const pathOf = (entry: Entry, file: string) => `/content/chapters/${entry.folder}/${file}`;

/** Every chapter's metadata, in course order. Imports every chapter: call at prerender time only. */
export async function listChapters(): Promise<ChapterSummary[]> {
	return Promise.all(
		entries.map(async (entry) => {
			const module = await chapterModules[pathOf(entry, 'index.svx')]!();
			return { ...module.metadata, slug: entry.slug, number: entry.number };
		})
	);
}

/** The chapters either side of `slug`, for the links at the end of a chapter. */
export function neighbours(
	chapters: readonly ChapterLink[],
	slug: string
): { previous: ChapterLink | null; next: ChapterLink | null } {
	const index = chapters.findIndex((chapter) => chapter.slug === slug);
	if (index === -1) return { previous: null, next: null };
	return { previous: chapters[index - 1] ?? null, next: chapters[index + 1] ?? null };
}

export interface LoadedChapter {
	slug: string;
	number: number;
	meta: ChapterMeta;
	component: Component;
	questions: Question[];
	/** Each step's id and label, for resuming and for linking feedback back to the teaching. */
	steps: { id: string; label: string }[];
}

/** One chapter's prose component, metadata and validated quiz; null for an unknown slug. */
export async function loadChapter(slug: string): Promise<LoadedChapter | null> {
	const entry = findEntry(slug);
	if (!entry) return null;
	const quizPath = pathOf(entry, 'quiz.ts');
	const [module, quiz, steps] = await Promise.all([
		chapterModules[pathOf(entry, 'index.svx')]!(),
		quizModules[quizPath]?.(),
		stepModules[pathOf(entry, 'steps.ts')]?.()
	]);
	// Validated while prerendering, so a malformed quiz stops the build; the browser then trusts
	// the built data and skips the validator's code.
	const questions = !quiz
		? []
		: import.meta.env.SSR
			? validateQuiz(quizPath.slice(1), quiz.questions, {
					objectives: module.metadata.objectives.map((objective) => objective.id),
					steps: (steps?.steps ?? []).map((step) => step.id)
				})
			: (quiz.questions as Question[]);
	return {
		slug,
		number: entry.number,
		meta: module.metadata,
		component: module.default,
		questions,
		steps: (steps?.steps ?? []).map(({ id, label }) => ({ id, label }))
	};
}
