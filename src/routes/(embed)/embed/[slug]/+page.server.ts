import { chapterSlugs } from '$lib/content/chapters';
import { chapterReferences } from '$lib/server/chapter-references';
import type { EntryGenerator, PageServerLoad } from './$types';

// One embed per chapter, from the content folders: a chapter added later has its embed at once.
export const entries: EntryGenerator = () => chapterSlugs().map((slug) => ({ slug }));

// Runs at prerender only, as for the chapter page: the citation numbers and glossary definitions
// the chapter's prose uses.
export const load: PageServerLoad = ({ params }) => chapterReferences(params.slug);
