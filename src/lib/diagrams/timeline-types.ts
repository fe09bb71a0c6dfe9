/** Kinds of event on the chapter 1 timeline; each kind has its own marker shape and colour. */
export type TimelineEventKind =
	'attack' | 'government' | 'industry' | 'law' | 'abroad' | 'reaction';

export interface TimelineEvent {
	id: string;
	/** ISO date, YYYY-MM-DD (UTC). */
	date: string;
	/** Short label drawn beside the marker: a few words. */
	label: string;
	kind: TimelineEventKind;
	/** True when the sources date the event only roughly; it is then shown as "about …". */
	approximate?: boolean;
}

/**
 * One state of the timeline. Events dated inside `window` sit on the axis; earlier events sit in a
 * "before" inset at the left end. Events on or before the focused event are drawn as reached; later
 * ones as faint markers still to come. With `focus: null` nothing is highlighted.
 */
export interface TimelineState {
	events: TimelineEvent[];
	focus: string | null;
	/** First and last day on the axis, ISO dates. */
	window: [string, string];
}
