import { chapterSlugs, listChapters, neighbours } from '$lib/content/chapters';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapterSlugs().map((slug) => ({ slug }));

// Runs at prerender only: neighbours' titles come from every chapter's metadata, which the
// browser then receives as JSON instead of importing every chapter.
export const load: PageServerLoad = async ({ params }) => {
	const links = (await listChapters()).map(({ slug, title, number }) => ({ slug, title, number }));
	return neighbours(links, params.slug);
};
