import { parseChapterPath } from '$lib/content/chapters';
import { glossaryIndex } from '$lib/content/glossary';
import { citationIndex } from '$lib/content/sources';

/** The sources a text cites (`<Cite id="…" />`) and the glossary entries it marks (`<Term id="…">`). */
export function referencesIn(text: string): { cites: Set<string>; terms: Set<string> } {
	const cites = new Set<string>();
	const terms = new Set<string>();
	for (const [, tag, id] of text.matchAll(/<(Cite|Term)\b[^>]*?\bid="([^"]+)"/g)) {
		(tag === 'Cite' ? cites : terms).add(id!);
	}
	return { cites, terms };
}

// The chapters' prose as written, read while prerendering (this module is server-only).
const prose = import.meta.glob<string>('/content/chapters/*/index.svx', {
	query: '?raw',
	import: 'default'
});

/**
 * The citation numbers and glossary entries one chapter's prose uses, for its page, embed and
 * worksheet to hand to <Cite> and <Term>. Only those: the whole glossary and source list made up
 * 28 KB of every chapter page's data. A tag this misses still fails the build, since <Cite> and
 * <Term> throw on an id they cannot find.
 */
export async function chapterReferences(slug: string) {
	const path = Object.keys(prose).find((file) => parseChapterPath(file).slug === slug);
	const { cites, terms } = referencesIn(path ? await prose[path]!() : '');
	return { citations: citationIndex(cites), glossary: glossaryIndex(terms) };
}
