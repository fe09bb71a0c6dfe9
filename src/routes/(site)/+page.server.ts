import { listChapters, loadChapter } from '$lib/content/chapters';
import type { PageServerLoad } from './$types';

// Prerender only: the course map needs every chapter's front matter and step names, not their code.
export const load: PageServerLoad = async () => {
	const chapters = await listChapters();
	return {
		chapters: await Promise.all(
			chapters.map(async (chapter) => {
				const loaded = await loadChapter(chapter.slug);
				return { ...chapter, steps: loaded?.steps ?? [] };
			})
		)
	};
};
