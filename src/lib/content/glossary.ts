import { glossary } from '$content/glossary';
import type { GlossaryTerm } from './types';

/** Glossary entries by id, for pages to hand to <Term> as data. */
export function glossaryIndex(): Record<string, GlossaryTerm> {
	return Object.fromEntries(glossary.map((entry) => [entry.id, entry]));
}

/** The entry for `id`; throws so that a <Term> naming an unknown entry fails the build. */
export function termFor(index: Record<string, GlossaryTerm> | undefined, id: string): GlossaryTerm {
	const entry = index?.[id];
	if (!entry) throw new Error(`<Term id="${id}">: no entry with that id in content/glossary.ts`);
	return entry;
}

export { glossary };
