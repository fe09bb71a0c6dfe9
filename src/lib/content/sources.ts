import { sources } from '$content/sources';
import type { Source } from './types';

/** A source and its 1-based number on /sources; throws so that a bad citation fails the build. */
export function sourceNumber(id: string): { number: number; source: Source } {
	const index = sources.findIndex((source) => source.id === id);
	if (index === -1)
		throw new Error(`<Cite id="${id}">: no source with that id in content/sources.ts`);
	return { number: index + 1, source: sources[index]! };
}

export { sources };
