/** What a chapter's front matter declares, once validated. */
export interface Objective {
	/** Stable id that quiz questions reference. */
	id: string;
	/** What the reader will be able to do, in one sentence. */
	text: string;
}

export interface ChapterMeta {
	title: string;
	summary: string;
	/** Estimated reading time, in whole minutes. */
	minutes: number;
	objectives: Objective[];
}

/** A chapter as the course map and navigation see it. */
export interface ChapterSummary extends ChapterMeta {
	slug: string;
	/** 1-based position in the course, from the folder's number prefix. */
	number: number;
}

export interface ChapterLink {
	slug: string;
	title: string;
	number: number;
}

/** One cited source; chapters cite it by id and /sources lists it. */
export interface Source {
	id: string;
	/** Headline or document title, as published. */
	title: string;
	/** Who published it: outlet, court, department. */
	publisher: string;
	/** Human-readable date as published ("26 March 2017", "2017"). */
	date: string;
	url: string;
	/** Optional: what this source supports, or a caution about it. */
	note?: string;
}

/** One glossary entry; chapters mark a word with <Term id="…"> to show it in place. */
export interface GlossaryTerm {
	id: string;
	term: string;
	/** One or two plain sentences. */
	definition: string;
}
