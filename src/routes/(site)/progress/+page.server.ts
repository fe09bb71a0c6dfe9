import { listChapters, loadChapter } from '$lib/content/chapters';
import { total } from '$lib/quiz/score';
import type { PageServerLoad } from './$types';

// Prerender only: chapter names, step names and how many quiz points each chapter has.
export const load: PageServerLoad = async () => ({
	chapters: await Promise.all(
		(await listChapters()).map(async ({ slug, title, number }) => {
			const chapter = await loadChapter(slug);
			return {
				slug,
				title,
				number,
				steps: chapter?.steps ?? [],
				questionIds: (chapter?.questions ?? []).map((question) => question.id),
				points: chapter ? total(chapter.questions, {}).max : 0
			};
		})
	)
});
