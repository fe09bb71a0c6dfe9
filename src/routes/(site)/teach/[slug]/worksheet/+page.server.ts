import { error } from '@sveltejs/kit';
import { chapterSlugs, loadChapter } from '$lib/content/chapters';
import { worksheetQuestions } from '$lib/teach/printable';
import { chapterReferences } from '$lib/server/chapter-references';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapterSlugs().map((slug) => ({ slug }));

// Prerender only: the questions as printed, and the citation numbers and glossary that the
// chapter's prose needs (as on the chapter page).
export const load: PageServerLoad = async ({ params }) => {
	const chapter = await loadChapter(params.slug);
	if (!chapter) error(404, 'There is no chapter at this address.');
	return {
		questions: worksheetQuestions(chapter.questions),
		...(await chapterReferences(params.slug))
	};
};
