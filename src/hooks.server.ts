import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { keepOwnChapterCss } from '$lib/server/chapter-css';
import { chapterSheets } from '$lib/server/chapter-sheets';

// A page about one chapter (the chapter, its embed, its worksheet) keeps only that chapter's
// diagram styles: see $lib/server/chapter-css. Done while prerendering, where the client build's
// CSS can be read; the dev server serves styles its own way.
export const handle: Handle = ({ event, resolve }) => {
	const slug = event.params.slug;
	if (!building || !slug) return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) => keepOwnChapterCss(html, slug, chapterSheets())
	});
};
