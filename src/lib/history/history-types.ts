/**
 * Kinds of event on the chapter 7 timeline. Each kind has its own marker shape (and colour), so
 * that kind never rests on colour alone: law and the courts, governments and their agencies,
 * companies, security incidents, and published research.
 */
export type HistoryEventKind = 'law' | 'government' | 'industry' | 'incident' | 'research';

/** How exactly the sources date an event: to the day, or only to the month. */
export type DatePrecision = 'day' | 'month';

export interface HistoryEvent {
	id: string;
	/** ISO date, YYYY-MM-DD (UTC). With month precision, the first day of that month. */
	date: string;
	precision: DatePrecision;
	/** Short label drawn beside the marker: at most 30 characters, so it fits at 320 px. */
	label: string;
	kind: HistoryEventKind;
	/**
	 * True when the event is known only from reporting, not confirmed by the parties (facts of
	 * medium confidence); the text description then says "reported".
	 */
	reported?: boolean;
}

/**
 * One step's state: every event of the chapter, the one the prose is about, and the stretch of
 * time the step zooms to. The reader may zoom and pan away from `window`; a new step brings it back.
 */
export interface HistoryState {
	events: HistoryEvent[];
	/** Id of the highlighted event, or null when nothing is highlighted. */
	focus: string | null;
	/** First and last day shown, ISO dates, both included. */
	window: [string, string];
}

/** A visible stretch of time as [start, end) in milliseconds since 1970 (UTC). */
export type TimeWindow = [number, number];
