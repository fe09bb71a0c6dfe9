import { chapterSlugs, listChapters, neighbours } from '$lib/content/chapters';
import { siteUrl } from '$lib/server/origin';
import { oembedHref } from '$lib/teach/oembed';
import { chapterReferences } from '$lib/server/chapter-references';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapterSlugs().map((slug) => ({ slug }));

// Runs at prerender only: neighbours' titles come from every chapter's metadata, and citation
// numbers from every source; the browser receives both as JSON instead of importing them.
export const load: PageServerLoad = async ({ params }) => {
	const links = (await listChapters()).map(({ slug, title, number }) => ({ slug, title, number }));
	const here = links.find((link) => link.slug === params.slug);
	return {
		...neighbours(links, params.slug),
		// oEmbed discovery: consumers fetch this absolute URL, so it carries the site's address.
		oembed: here
			? {
					href: oembedHref(siteUrl(), here.slug),
					title: `Chapter ${here.number}: ${here.title}`
				}
			: null,
		...(await chapterReferences(params.slug))
	};
};
