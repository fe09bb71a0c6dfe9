import { scaleUtc } from 'd3-scale';
import { dayOrMonth } from '$lib/diagrams/dates';
import type { LawEvent, LawEventKind, RulingOutcome, RulingsState } from './law-types';

/** How each outcome is named in the key and the text description. */
export const OUTCOME_NAMES: Record<RulingOutcome, string> = {
	'against-government': 'against the government',
	'for-government': 'for the government',
	partly: 'partly each way'
};

/** The few words beside each marker, where room is short. */
export const OUTCOME_WORDS: Record<RulingOutcome, string> = {
	'against-government': 'Liberty wins',
	'for-government': 'Government wins',
	partly: 'Split decision'
};

const KIND_WORDS: Record<Exclude<LawEventKind, 'ruling'>, string> = {
	law: 'Royal Assent',
	claim: 'Claim started'
};

/** The shape each marker takes: one per outcome, one for laws and one for the claim. */
export type MarkerShape = RulingOutcome | 'law' | 'claim';

export const shapeOf = (event: Pick<LawEvent, 'kind' | 'outcome'>): MarkerShape =>
	event.kind === 'ruling' ? (event.outcome ?? 'partly') : event.kind;

export interface RulingMarker {
	id: string;
	/** The marker's centre: on the axis, or just beside it when an earlier event is too close. */
	x: number;
	/** The event's true date on the axis. */
	y: number;
	/** True when the marker has been moved off the axis; a stem then joins it to its date. */
	shifted: boolean;
	shape: MarkerShape;
	status: 'reached' | 'focus' | 'ahead';
	/** Top of the two-line label; nudged away from its date when neighbours crowd it. */
	labelTop: number;
	/** First line: the date and the outcome in words. */
	meta: string;
	/** Second line: what happened. */
	label: string;
	/** From the marker to its label, which may sit a little above or below it. */
	leader: { x1: number; y1: number; x2: number; y2: number };
}

export interface RulingsLayout {
	width: number;
	height: number;
	axis: { x: number; y1: number; y2: number };
	/** 1 January of each year on the axis. */
	ticks: { y: number; label: string }[];
	labelX: number;
	markers: RulingMarker[];
	/** The marker to circle, or null. */
	focus: { x: number; y: number } | null;
}

/** The narrowest drawing the timeline is laid out for (a 320 px screen less the margins). */
export const MIN_WIDTH = 288;
const PAD = 8;
const AXIS_X = 40;
/** How far a marker moves right when the previous one is too close above it. */
const SHIFT = 15;
/** Markers nearer than this, vertically, would overlap. */
const MIN_MARKER_GAP = 17;
const LABEL_X = 70;
/** Height of one label: a line of 11 px and a line of 12 px. */
export const LABEL_HEIGHT = 34;
const LABEL_GAP = 6;
const DAY = 24 * 60 * 60 * 1000;
/** Room kept on the axis before the first event and after the last. */
const MARGIN_DAYS = 120;

/** Parses "2018-04-27" as midnight UTC; throws on anything that is not a real calendar day. */
export function parseDay(iso: string): Date {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const date = new Date(`${iso}T00:00:00Z`);
	if (
		!match ||
		Number.isNaN(date.getTime()) ||
		date.getUTCDate() !== Number(match[3]) ||
		date.getUTCMonth() + 1 !== Number(match[2])
	) {
		throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${iso}`);
	}
	return date;
}

/** "27 April 2018", or "February 2017" when the sources give only the month (UTC throughout). */
export function eventDate(event: Pick<LawEvent, 'date' | 'precision'>): string {
	return dayOrMonth(parseDay(event.date), event.precision);
}

const wordsFor = (event: LawEvent) =>
	event.kind === 'ruling' ? OUTCOME_WORDS[event.outcome ?? 'partly'] : KIND_WORDS[event.kind];

/** Events in date order, the list's own order breaking ties. */
export function chronological(events: readonly LawEvent[]): LawEvent[] {
	return events
		.map((event, order) => ({ event, order }))
		.sort((a, b) => a.event.date.localeCompare(b.event.date) || a.order - b.order)
		.map(({ event }) => event);
}

/**
 * Drawing height: room for every label, stacked. Taller when wide, where the panel has room and
 * dates spread further apart; on a phone the sticky panel is short, so no taller than needed.
 */
export const rulingsHeight = (count: number, width: number): number =>
	Math.max(width < 480 ? 0 : 420, count * (LABEL_HEIGHT + LABEL_GAP) - LABEL_GAP + 2 * PAD);

/**
 * Lays the events out down a vertical time axis (time runs downwards, so labels can be as wide
 * as the screen allows). Markers sit at their true dates; labels keep their order and are pushed
 * apart just enough not to overlap, with a leader line back to their marker.
 */
export function layoutRulings(state: RulingsState, width: number): RulingsLayout {
	const events = chronological(state.events);
	const height = rulingsHeight(events.length, width);
	const first = parseDay(events[0]!.date).getTime();
	const last = parseDay(events.at(-1)!.date).getTime();
	const y = scaleUtc()
		.domain([new Date(first - MARGIN_DAYS * DAY), new Date(last + MARGIN_DAYS * DAY)])
		.range([PAD + LABEL_HEIGHT / 2, height - PAD - LABEL_HEIGHT / 2]);

	// Labels: first as near their dates as order allows, then back up from the bottom edge.
	const wanted = events.map((event) => y(parseDay(event.date)) - LABEL_HEIGHT / 2);
	const tops = [...wanted];
	for (let i = 0; i < tops.length; i++) {
		const floor = i === 0 ? PAD : tops[i - 1]! + LABEL_HEIGHT + LABEL_GAP;
		tops[i] = Math.max(tops[i]!, floor);
	}
	for (let i = tops.length - 1; i >= 0; i--) {
		const ceiling =
			i === tops.length - 1 ? height - PAD - LABEL_HEIGHT : tops[i + 1]! - LABEL_HEIGHT - LABEL_GAP;
		tops[i] = Math.min(tops[i]!, ceiling);
	}

	const focusIndex = events.findIndex((event) => event.id === state.focus);
	const markers: RulingMarker[] = [];
	events.forEach((event, i) => {
		const markerY = Math.round(y(parseDay(event.date)) * 10) / 10;
		const top = Math.round(tops[i]! * 10) / 10;
		const previous = markers.at(-1);
		const shifted =
			previous !== undefined && !previous.shifted && markerY - previous.y < MIN_MARKER_GAP;
		const x = AXIS_X + (shifted ? SHIFT : 0);
		markers.push({
			id: event.id,
			x,
			y: markerY,
			shifted,
			shape: shapeOf(event),
			status:
				focusIndex === -1 || i < focusIndex ? 'reached' : i === focusIndex ? 'focus' : 'ahead',
			labelTop: top,
			meta: `${eventDate(event)} · ${wordsFor(event)}`,
			label: event.label,
			leader: { x1: x + 10, y1: markerY, x2: LABEL_X - 5, y2: top + LABEL_HEIGHT / 2 }
		});
	});

	const ticks: RulingsLayout['ticks'] = [];
	const [start, end] = y.domain() as [Date, Date];
	for (let year = start.getUTCFullYear() + 1; year <= end.getUTCFullYear(); year++) {
		ticks.push({ y: Math.round(y(new Date(Date.UTC(year, 0, 1))) * 10) / 10, label: String(year) });
	}

	const focused = markers.find((marker) => marker.status === 'focus');
	return {
		width,
		height,
		axis: { x: AXIS_X, y1: PAD, y2: height - PAD },
		ticks,
		labelX: LABEL_X,
		markers,
		focus: focused ? { x: focused.x, y: focused.y } : null
	};
}

const inWords = (event: LawEvent) => {
	const outcome = event.kind === 'ruling' ? `, ${OUTCOME_NAMES[event.outcome ?? 'partly']}` : '';
	return `${eventDate(event)}, ${event.by}: ${event.label}${outcome}`;
};

/** The text alternative of the timeline: the highlighted event, those before it, what is left. */
export function describeRulings(state: RulingsState): string {
	const events = chronological(state.events);
	const from = parseDay(events[0]!.date).getUTCFullYear();
	const to = parseDay(events.at(-1)!.date).getUTCFullYear();
	const parts = [
		`Timeline of the Investigatory Powers Act in court, ${from} to ${to}; each ruling's marker shape shows whether it went for the government, against it, or partly each way.`
	];
	const index = events.findIndex((event) => event.id === state.focus);
	if (index === -1) {
		parts.push(`It shows ${events.length} events: ${events.map(inWords).join('; ')}.`);
		return parts.join(' ');
	}
	parts.push(`Highlighted: ${inWords(events[index]!)}.`);
	const before = events.slice(0, index);
	if (before.length) parts.push(`Already on the line: ${before.map(inWords).join('; ')}.`);
	const left = events.length - index - 1;
	if (left > 0) parts.push(`Still to come: ${left} ${left === 1 ? 'event' : 'events'}.`);
	return parts.join(' ');
}
