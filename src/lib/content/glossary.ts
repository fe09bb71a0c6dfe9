import { glossary } from '$content/glossary';
import type { GlossaryTerm } from './types';

/**
 * Glossary entries by id, for pages to hand to <Term> as data: all of them, or only those whose
 * ids are in `only` (what one chapter's prose uses).
 */
export function glossaryIndex(only?: ReadonlySet<string>): Record<string, GlossaryTerm> {
	return Object.fromEntries(
		glossary.filter((entry) => !only || only.has(entry.id)).map((entry) => [entry.id, entry])
	);
}

export { termFor } from './lookup';
export { glossary };
