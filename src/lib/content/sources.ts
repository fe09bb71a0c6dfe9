import { sourceGroups, sources } from '$content/sources';
import type { Citation } from './lookup';
import type { Source } from './types';

/**
 * Every source's citation, by id. Built while prerendering and handed to pages as data, so the
 * browser never loads the full source list (URLs, notes) just to number the links.
 */
export function citationIndex(): Record<string, Citation> {
	return Object.fromEntries(
		sources.map((source, i) => [
			source.id,
			{ number: i + 1, title: source.title, publisher: source.publisher }
		])
	);
}

export { citationFor, type Citation } from './lookup';
export { sourceGroups, sources, type Source };
