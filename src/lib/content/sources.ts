import { sourceGroups, sources } from '$content/sources';
import type { Source } from './types';

/** What a citation link needs: its number on /sources and a name for screen readers. */
export interface Citation {
	number: number;
	title: string;
	publisher: string;
}

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

/** The citation for `id`; throws so that a citation of an unknown source fails the build. */
export function citationFor(index: Record<string, Citation> | undefined, id: string): Citation {
	const citation = index?.[id];
	if (!citation) throw new Error(`<Cite id="${id}">: no source with that id in content/`);
	return citation;
}

export { sourceGroups, sources, type Source };
