import { sourceGroups, sources } from '$content/sources';
import type { Citation } from './lookup';
import type { Source } from './types';

/**
 * Every source's citation, by id, or only those whose ids are in `only` (what one chapter's prose
 * cites); numbers are the sources page's either way. Built while prerendering and handed to pages
 * as data, so the browser never loads the full source list (URLs, notes) just to number the links.
 */
export function citationIndex(only?: ReadonlySet<string>): Record<string, Citation> {
	return Object.fromEntries(
		sources
			.map((source, i) => ({ source, number: i + 1 }))
			.filter(({ source }) => !only || only.has(source.id))
			.map(({ source, number }) => [
				source.id,
				{ number, title: source.title, publisher: source.publisher }
			])
	);
}

export { citationFor, type Citation } from './lookup';
export { sourceGroups, sources, type Source };
