/**
 * Looking up a citation or a glossary entry in the index a page receives as data. Kept apart
 * from sources.ts and glossary.ts so that <Cite> and <Term> do not pull every source and
 * definition into the browser: they only need the page's own index.
 */

import type { GlossaryTerm } from './types';

/** What a citation link needs: its number on /sources and a name for screen readers. */
export interface Citation {
	number: number;
	title: string;
	publisher: string;
}

/** The citation for `id`; throws so that a citation of an unknown source fails the build. */
export function citationFor(index: Record<string, Citation> | undefined, id: string): Citation {
	const citation = index?.[id];
	if (!citation) throw new Error(`<Cite id="${id}">: no source with that id in content/`);
	return citation;
}

/** The entry for `id`; throws so that a <Term> naming an unknown entry fails the build. */
export function termFor(index: Record<string, GlossaryTerm> | undefined, id: string): GlossaryTerm {
	const entry = index?.[id];
	if (!entry) throw new Error(`<Term id="${id}">: no entry with that id in content/glossary.ts`);
	return entry;
}
