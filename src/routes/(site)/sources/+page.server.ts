import { listChapters, parseChapterPath } from '$lib/content/chapters';
import { sourceGroups } from '$lib/content/sources';
import type { PageServerLoad } from './$types';

// Prerender only: the list arrives as page data, grouped by the chapter that first cites each
// source, numbered as the chapters' citation links are.
export const load: PageServerLoad = async () => {
	const chapters = await listChapters();
	let number = 0;
	return {
		groups: sourceGroups.map((group) => {
			const { slug } = parseChapterPath(`/content/chapters/${group.folder}/index.svx`);
			const chapter = chapters.find((c) => c.slug === slug);
			return {
				slug,
				title: chapter ? `Chapter ${chapter.number}: ${chapter.title}` : group.folder,
				sources: group.sources.map((source) => ({ ...source, number: ++number }))
			};
		})
	};
};
