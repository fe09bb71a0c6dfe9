import { listChapters, loadChapter } from '$lib/content/chapters';
import { finalQuestions } from '$lib/quiz/final';
import type { PageServerLoad } from './$types';

// Prerender only: the final quiz is chosen from every chapter's questions at build time.
export const load: PageServerLoad = async () => {
	const chapters = await Promise.all(
		(await listChapters()).map(async (summary) => {
			const chapter = await loadChapter(summary.slug);
			return {
				slug: summary.slug,
				number: summary.number,
				title: summary.title,
				objectives: summary.objectives,
				steps: chapter?.steps ?? [],
				questions: chapter?.questions ?? []
			};
		})
	);
	return { questions: finalQuestions(chapters) };
};
