import { error } from '@sveltejs/kit';
import { loadChapter } from '$lib/content/chapters';
import type { PageLoad } from './$types';

// The chapter's prose is a component, which page data cannot carry: load it here, as the chapter
// page does, and render it in worksheet mode.
export const load: PageLoad = async ({ params, data }) => {
	const chapter = await loadChapter(params.slug);
	if (!chapter) error(404, 'There is no chapter at this address.');
	return { ...data, chapter };
};
