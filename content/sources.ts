import type { Source } from '$lib/content/types';

// Each chapter folder lists, in its sources.ts, the sources it is the first to cite, in the order
// a reader meets them. Joined in chapter order, citation numbers rise through the whole course.
const byChapter = import.meta.glob<{ sources: Source[] }>('/content/chapters/*/sources.ts', {
	eager: true
});

/** The sources each chapter folder introduces, in course order. */
export const sourceGroups: { folder: string; sources: Source[] }[] = Object.keys(byChapter)
	.sort()
	.map((path) => ({ folder: path.split('/').at(-2)!, sources: byChapter[path]!.sources }));

/** Every source the chapters cite, by id. Chapters cite with <Cite id="…" />; /sources lists them all. */
export const sources: Source[] = sourceGroups.flatMap((group) => group.sources);
