import { error } from '@sveltejs/kit';
import { chapterSlugs, loadChapter } from '$lib/content/chapters';
import { answerKey } from '$lib/teach/printable';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapterSlugs().map((slug) => ({ slug }));

// Prerender only: the key is generated from the chapter's quiz.ts, in the worksheet's letters.
export const load: PageServerLoad = async ({ params }) => {
	const chapter = await loadChapter(params.slug);
	if (!chapter) error(404, 'There is no chapter at this address.');
	return {
		slug: chapter.slug,
		number: chapter.number,
		title: chapter.meta.title,
		key: answerKey(chapter.questions)
	};
};
