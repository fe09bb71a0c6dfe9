import { error, json } from '@sveltejs/kit';
import { chapterSlugs, loadChapter } from '$lib/content/chapters';
import { siteUrl } from '$lib/server/origin';
import { oembedPayload } from '$lib/teach/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

// One static file per chapter (/oembed/<slug>.json), found through the <link rel="alternate">
// on each chapter page: a static host cannot answer oEmbed's ?url= queries, so discovery it is.
export const prerender = true;

export const entries: EntryGenerator = () => chapterSlugs().map((slug) => ({ slug }));

export const GET: RequestHandler = async ({ params }) => {
	const chapter = await loadChapter(params.slug);
	if (!chapter) error(404, 'There is no chapter at this address.');
	const { slug, number, steps } = chapter;
	return json(oembedPayload(siteUrl(), { slug, number, title: chapter.meta.title, steps }));
};
