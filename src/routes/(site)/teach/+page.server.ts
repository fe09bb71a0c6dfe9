import { siteUrl } from '$lib/server/origin';
import { teachChapters } from '$lib/server/teach';
import type { PageServerLoad } from './$types';

// Prerender only: every chapter's objectives, steps, teaching notes and answer key (generated
// from its quiz.ts) arrive as page data; the browser loads no chapter code for this page.
export const load: PageServerLoad = async () => ({
	site: siteUrl(),
	chapters: await teachChapters()
});
