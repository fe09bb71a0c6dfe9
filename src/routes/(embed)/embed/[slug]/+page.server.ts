import { chapterSlugs } from '$lib/content/chapters';
import { citationIndex } from '$lib/content/sources';
import { glossaryIndex } from '$lib/content/glossary';
import type { EntryGenerator, PageServerLoad } from './$types';

// One embed per chapter, from the content folders: a chapter added later has its embed at once.
export const entries: EntryGenerator = () => chapterSlugs().map((slug) => ({ slug }));

// Runs at prerender only, as for the chapter page: citation numbers and glossary definitions.
export const load: PageServerLoad = () => ({
	citations: citationIndex(),
	glossary: glossaryIndex()
});
