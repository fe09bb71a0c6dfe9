import type { Question } from './types';

/** A final-quiz question: a chapter's question, with where it came from and where it is taught. */
export interface FinalQuestion {
	/** `<chapter slug>/<question id>`: unique across the course. */
	key: string;
	chapter: { slug: string; number: number; title: string };
	step: { id: string; label: string } | null;
	question: Question;
}

interface ChapterQuiz {
	slug: string;
	number: number;
	title: string;
	objectives: { id: string }[];
	steps: { id: string; label: string }[];
	questions: Question[];
}

/**
 * The final quiz: from every chapter, one scored question per objective (the first that checks
 * it), so the whole course is covered without asking everything again.
 */
export function finalQuestions(chapters: readonly ChapterQuiz[]): FinalQuestion[] {
	const picked: FinalQuestion[] = [];
	for (const chapter of chapters) {
		const used = new Set<string>();
		for (const objective of chapter.objectives) {
			const question = chapter.questions.find(
				(q) => q.type !== 'reflection' && !used.has(q.id) && q.objectives.includes(objective.id)
			);
			if (!question) continue;
			used.add(question.id);
			picked.push({
				key: `${chapter.slug}/${question.id}`,
				chapter: { slug: chapter.slug, number: chapter.number, title: chapter.title },
				step: chapter.steps.find((step) => step.id === question.step) ?? null,
				question: { ...question, id: `${chapter.slug}/${question.id}` }
			});
		}
	}
	return picked;
}
