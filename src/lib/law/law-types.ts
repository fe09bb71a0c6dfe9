/**
 * Vocabulary of chapter 6's diagram. It has two views that share one figure: a map of the
 * Investigatory Powers Act's powers and what each collects, and a timeline of Liberty's challenge.
 * The chapter's steps.ts holds the data (the powers, the events); these types only give it shape.
 */

/** The four kinds of information the powers reach, drawn down the right of the map. */
export const DATA_KINDS = ['content', 'communications-data', 'devices', 'datasets'] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/**
 * How a power reaches a kind of information: `collects` it directly, or `enables` others to
 * reach it (a technical capability notice collects nothing itself; it makes a company ready to help).
 */
export type LinkKind = 'collects' | 'enables';

export interface Power {
	/** Lowercase words joined by hyphens. */
	id: string;
	/** Full name, for the text description. */
	name: string;
	/** The name broken into short lines for the drawing, so it fits a 320 px screen. */
	lines: string[];
	/** Where in the Act it lives, e.g. "Part 6, chapter 1"; null where our sources do not say. */
	where: string | null;
	/** What it does, in a few plain words, for the text description. */
	does: string;
	reaches: { kind: DataKind; how: LinkKind }[];
	/** Whether Liberty's court challenge was aimed at it. */
	challenged: boolean;
}

/** Safeguards and conditions that can be shown beside the focused power. */
export type Safeguard = 'double-lock' | 'consultation' | 'secrecy';

/** The powers map: every power, linked to what it reaches; one power may be highlighted. */
export interface PowersState {
	view: 'powers';
	powers: Power[];
	/** The id of the highlighted power, or null to show every link alike. */
	focus: string | null;
	/** Safeguards listed under the map, in this order; empty for none. */
	safeguards: Safeguard[];
}

/** How a ruling went, from the government's side: each has its own marker shape. */
export type RulingOutcome = 'against-government' | 'for-government' | 'partly';

/** What kind of event sits on the timeline. */
export type LawEventKind = 'law' | 'claim' | 'ruling';

export interface LawEvent {
	id: string;
	/** ISO date, YYYY-MM-DD (UTC). For month precision, the first of the month. */
	date: string;
	/** `month` when the sources give only the month; it is then shown as "February 2017". */
	precision: 'day' | 'month';
	kind: LawEventKind;
	/** Required for rulings, absent otherwise. */
	outcome?: RulingOutcome;
	/** Short label drawn beside the marker: 28 characters at most, so it fits at 320 px. */
	label: string;
	/** Who decided or did it, for the text description, e.g. "Court of Appeal". */
	by: string;
}

/** The rulings timeline: every event on a time axis; one is highlighted. */
export interface RulingsState {
	view: 'rulings';
	events: LawEvent[];
	/** The id of the highlighted event. */
	focus: string;
}

/** One state of chapter 6's diagram. */
export type LawState = PowersState | RulingsState;
