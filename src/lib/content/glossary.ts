import { glossary } from '$content/glossary';
import type { GlossaryTerm } from './types';

/** Glossary entries by id, for pages to hand to <Term> as data. */
export function glossaryIndex(): Record<string, GlossaryTerm> {
	return Object.fromEntries(glossary.map((entry) => [entry.id, entry]));
}

export { termFor } from './lookup';
export { glossary };
