import { scaleUtc } from 'd3-scale';
import type { HistoryEvent, HistoryEventKind, HistoryState, TimeWindow } from './history-types';
import { dayOrMonth, monthYear, shortMonth } from '$lib/diagrams/dates';

/*
 * Pure maths of the chapter 7 timeline: the window of time on show (zoom and pan, clamped to
 * 1976–2025), where each event sits at a given width, which labels fit without overlapping, and
 * the same picture in words. No DOM here: HistoryTimeline.svelte draws what layoutHistory returns.
 */

export const DAY = 24 * 60 * 60 * 1000;

/** ISO date (UTC) → milliseconds, so prerender and browser agree in every time zone. */
export const toTime = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** The whole span the timeline can show: 1 January 1976 to the end of 2025. */
export const FULL_WINDOW: TimeWindow = [toTime('1976-01-01'), toTime('2026-01-01')];

/** The shortest window a reader can zoom to: about two months, enough to tell days apart. */
export const MIN_SPAN = 60 * DAY;

/** The week of the article this course is built around: 22 to 31 March 2017, both included. */
export const ARTICLE_WEEK: TimeWindow = [toTime('2017-03-22'), toTime('2017-04-01')];

/** How far one press of a zoom button or key zooms. */
export const ZOOM_STEP = 2;

/** How far one press of an arrow key or pan button moves, as a fraction of the window. */
export const PAN_STEP = 0.25;

const KIND_WORDS: Record<HistoryEventKind, string> = {
	law: 'law or court',
	government: 'government',
	industry: 'industry',
	incident: 'security incident',
	research: 'research'
};

/** The window a step names ([first day, last day], ISO), as a clamped TimeWindow. */
export function windowOf(range: readonly [string, string]): TimeWindow {
	return clampWindow([toTime(range[0]), toTime(range[1]) + DAY]);
}

/**
 * Keeps a window inside 1976–2025 and between two months and the whole span long. A window that
 * runs off one end slides back in, keeping its length; one of a wrong length keeps its middle.
 */
export function clampWindow([start, end]: TimeWindow): TimeWindow {
	const full = FULL_WINDOW[1] - FULL_WINDOW[0];
	const span = Math.min(Math.max(end - start, MIN_SPAN), full);
	const centre = (start + end) / 2;
	const from = Math.min(Math.max(centre - span / 2, FULL_WINDOW[0]), FULL_WINDOW[1] - span);
	return [Math.round(from), Math.round(from + span)];
}

/**
 * Zooms by `factor` (below 1 zooms in, above 1 out) keeping `anchor` where it is on screen: zoom
 * in on the highlighted event and it stays put while the years around it spread out.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor?: number): TimeWindow {
	const [start, end] = window;
	const span = end - start;
	const at = anchor !== undefined && anchor >= start && anchor <= end ? anchor : (start + end) / 2;
	const ratio = (at - start) / span;
	const next = span * factor;
	return clampWindow([at - ratio * next, at - ratio * next + next]);
}

/** Moves the window by `fraction` of its own length: negative is earlier, positive later. */
export function panWindow([start, end]: TimeWindow, fraction: number): TimeWindow {
	const shift = (end - start) * fraction;
	return clampWindow([start + shift, end + shift]);
}

/** The same length of window, moved right to the earliest or the latest end of the span. */
export function edgeWindow([start, end]: TimeWindow, edge: 'start' | 'end'): TimeWindow {
	const span = end - start;
	return clampWindow(
		edge === 'start'
			? [FULL_WINDOW[0], FULL_WINDOW[0] + span]
			: [FULL_WINDOW[1] - span, FULL_WINDOW[1]]
	);
}

/** Moves the window by a length of time in milliseconds (dragging the plot). */
export function shiftWindow([start, end]: TimeWindow, by: number): TimeWindow {
	return clampWindow([start + by, end + by]);
}

// A millisecond or two of rounding must not leave a button looking available when it is not.
const SLACK = 60 * 1000;

/** What the reader can still do from this window: each is false at a limit. */
export function zoomLimits([start, end]: TimeWindow) {
	return {
		zoomIn: end - start > MIN_SPAN + SLACK,
		zoomOut: end - start < FULL_WINDOW[1] - FULL_WINDOW[0] - SLACK,
		earlier: start > FULL_WINDOW[0] + SLACK,
		later: end < FULL_WINDOW[1] - SLACK
	};
}

/** Events in date order, the chapter's own order breaking ties. */
export function chronological(events: readonly HistoryEvent[]): HistoryEvent[] {
	return events
		.map((event, order) => ({ event, order }))
		.sort((a, b) => a.event.date.localeCompare(b.event.date) || a.order - b.order)
		.map(({ event }) => event);
}

/** The events dated inside the window, in date order. */
export function visibleEvents(events: readonly HistoryEvent[], [start, end]: TimeWindow) {
	return chronological(events).filter((event) => {
		const time = toTime(event.date);
		return time >= start && time < end;
	});
}

/** Whether any of the article's week falls inside the window. */
export const showsArticleWeek = ([start, end]: TimeWindow): boolean =>
	ARTICLE_WEEK[1] > start && ARTICLE_WEEK[0] < end;

/** "2017-03-26" → "26 March 2017"; with month precision, "March 2017". */
export function eventDate(event: Pick<HistoryEvent, 'date' | 'precision'>): string {
	return dayOrMonth(new Date(toTime(event.date)), event.precision);
}

const isNewYear = (time: number) => {
	const date = new Date(time);
	return date.getUTCMonth() === 0 && date.getUTCDate() === 1 && time % DAY === 0;
};

/**
 * A window in words: whole years as "2017 to 2019" (or "2021"), anything else by month, as
 * "March 2017 to May 2017". Long windows count in years even when they start mid-year.
 */
export function formatWindow([start, end]: TimeWindow): string {
	const first = new Date(start);
	const last = new Date(end - 1);
	const years = (isNewYear(start) && isNewYear(end)) || end - start > 2 * 366 * DAY;
	const from = years ? String(first.getUTCFullYear()) : monthYear(first);
	const to = years ? String(last.getUTCFullYear()) : monthYear(last);
	return from === to ? from : `${from} to ${to}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The status line under the plot, e.g. "Showing 2017 to 2019, 6 events, the article's week marked". */
export function windowStatus(events: readonly HistoryEvent[], window: TimeWindow): string {
	const count = visibleEvents(events, window).length;
	const week = showsArticleWeek(window) ? ', the article’s week marked' : '';
	return `Showing ${formatWindow(window)}, ${plural(count, 'event')}${week}`;
}

const inWords = (event: HistoryEvent) =>
	`${eventDate(event)}, ${event.label} (${KIND_WORDS[event.kind]}${event.reported ? ', as reported' : ''})`;

/**
 * The text alternative of one step: the span on show, the highlighted event, the article's week
 * if it is in view, and every event in view with its date and kind.
 */
export function describeHistory(state: HistoryState): string {
	const window = windowOf(state.window);
	const shown = visibleEvents(state.events, window);
	const focus = state.events.find((event) => event.id === state.focus);
	const whole = window[0] === FULL_WINDOW[0] && window[1] === FULL_WINDOW[1];
	const span = whole ? 'shown in full' : `zoomed to ${formatWindow(window)}`;
	const parts = [
		`Timeline of ${formatWindow(FULL_WINDOW)}, ${span}: ${plural(shown.length, 'event')} in view.`
	];
	if (!focus) parts.push('Nothing is highlighted.');
	else if (shown.includes(focus)) parts.push(`Highlighted: ${inWords(focus)}.`);
	else parts.push(`The highlighted event, ${inWords(focus)}, is outside this view.`);
	parts.push(
		showsArticleWeek(window)
			? 'A hatched band marks the week of the article, 22 to 31 March 2017.'
			: 'The week of the article, March 2017, is outside this view.'
	);
	if (shown.length) parts.push(`In view: ${shown.map(inWords).join('; ')}.`);
	return parts.join(' ');
}

/* ---------------------------------------------------------------- layout */

export interface HistoryMarker {
	id: string;
	x: number;
	y: number;
	kind: HistoryEventKind;
	focus: boolean;
}

/** Several events too close to tell apart at this zoom, drawn as one badge with their count. */
export interface HistoryCluster {
	x: number;
	y: number;
	ids: string[];
}

export interface HistoryLabel {
	id: string;
	text: string;
	/** Left edge (the text is anchored at its start) and baseline. */
	x: number;
	y: number;
	/** Estimated width of the text, used to keep labels apart. */
	width: number;
	focus: boolean;
	/** The line from the marker up to the label. */
	leader: { x: number; y1: number; y2: number };
}

export interface HistoryLayout {
	width: number;
	height: number;
	axis: { x1: number; x2: number; y: number };
	/** Every tick gets a mark at x; only those whose labels fit get a label, centred on labelX. */
	/** `time`: the tick's date in ms, which stays the same while the window glides. */
	ticks: { time: number; x: number; labelX: number; label: string }[];
	/** The hatched band of the article's week, at least 4 px wide, or null when out of view. */
	week: { x: number; width: number; top: number; labelX: number } | null;
	markers: HistoryMarker[];
	clusters: HistoryCluster[];
	labels: HistoryLabel[];
}

/** Drawing height: shorter on narrow screens, where the sticky panel must leave room to read. */
export const historyHeight = (width: number): number => (width < 480 ? 190 : 236);

const PAD = 12;
/** Above this line sits the week's label; lanes of event labels start below it. */
const TOP = 30;
const LANE_HEIGHT = 18;
const MAX_LANES = 5;
/** Estimated width of one character of a 12 px label; bold (highlighted) labels run wider. */
export const CHAR_WIDTH = 6.8;
export const BOLD_CHAR_WIDTH = 7.4;
/** Markers closer than this merge into a cluster badge. */
const CLUSTER_GAP = 16;
/** Free space kept between two labels in one lane, and around a leader line. */
const LABEL_GAP = 10;
const LEADER_GAP = 4;
const WEEK_LABEL = 'Article’s week';
const WEEK_LABEL_WIDTH = WEEK_LABEL.length * 6.4;

function tickLabel(date: Date): string {
	if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return String(date.getUTCFullYear());
	const month = shortMonth(date);
	return date.getUTCDate() === 1 ? month : `${date.getUTCDate()} ${month}`;
}

export function layoutHistory(
	state: HistoryState,
	width: number,
	window: TimeWindow = windowOf(state.window)
): HistoryLayout {
	const height = historyHeight(width);
	const axisY = height - 36;
	const [start, end] = window;
	const x = scaleUtc()
		.domain([new Date(start), new Date(end)])
		.range([PAD, width - PAD]);

	// Ticks about every 90 px. A label near an edge slides inward to stay on the drawing; one
	// that would then touch the last label kept is dropped, leaving just the tick mark.
	const ticks: HistoryLayout['ticks'] = [];
	let lastRight = -Infinity;
	const dates = x.ticks(Math.max(2, Math.floor((width - 2 * PAD) / 90)));
	// The window ends where the next day would begin: a tick there ("2026") would name a year that
	// is not on show.
	for (const date of dates.filter((d) => d.getTime() < end)) {
		const at = x(date);
		const label = tickLabel(date);
		const half = (label.length * CHAR_WIDTH) / 2;
		const labelX = Math.min(Math.max(at, half + 1), width - half - 1);
		const fits = labelX - half > lastRight + LABEL_GAP;
		if (fits) lastRight = labelX + half;
		ticks.push({ time: date.getTime(), x: at, labelX, label: fits ? label : '' });
	}

	let week: HistoryLayout['week'] = null;
	if (showsArticleWeek(window)) {
		const x1 = x(new Date(Math.max(ARTICLE_WEEK[0], start)));
		const x2 = x(new Date(Math.min(ARTICLE_WEEK[1], end)));
		const bandWidth = Math.max(4, x2 - x1);
		const bandX = Math.min(Math.max((x1 + x2) / 2 - bandWidth / 2, 0), width - bandWidth);
		week = {
			x: bandX,
			width: bandWidth,
			top: TOP - 10,
			labelX: Math.min(
				Math.max(bandX + bandWidth / 2 - WEEK_LABEL_WIDTH / 2, 2),
				width - WEEK_LABEL_WIDTH - 2
			)
		};
	}

	// Markers: the highlighted event always stands alone; the others merge into a cluster while
	// they sit closer together than a marker is wide. A cluster is drawn at its earliest event.
	const shown = visibleEvents(state.events, window);
	const focus = shown.find((event) => event.id === state.focus);
	const focusX = focus ? x(new Date(toTime(focus.date))) : null;
	// Neighbours that would sit under the highlighted marker are lifted just above the axis.
	const yNear = (at: number) =>
		focusX !== null && Math.abs(at - focusX) < CLUSTER_GAP - 2 ? axisY - 22 : axisY;
	const markers: HistoryMarker[] = [];
	const clusters: HistoryCluster[] = [];
	let group: { x: number; events: HistoryEvent[] } | null = null;
	const flush = () => {
		if (!group) return;
		const [first] = group.events;
		if (group.events.length === 1) {
			markers.push({
				id: first!.id,
				x: group.x,
				y: yNear(group.x),
				kind: first!.kind,
				focus: false
			});
		} else {
			clusters.push({ x: group.x, y: yNear(group.x), ids: group.events.map((event) => event.id) });
		}
		group = null;
	};
	for (const event of shown) {
		if (event === focus) continue;
		const at = x(new Date(toTime(event.date)));
		if (group && at - group.x < CLUSTER_GAP) group.events.push(event);
		else {
			flush();
			group = { x: at, events: [event] };
		}
	}
	flush();
	if (focus && focusX !== null) {
		markers.push({ id: focus.id, x: focusX, y: axisY, kind: focus.kind, focus: true });
	}

	return {
		width,
		height,
		axis: { x1: PAD, x2: width - PAD, y: axisY },
		ticks,
		week,
		markers,
		clusters,
		labels: placeLabels(shown, markers, focus, width, axisY)
	};
}

/**
 * Labels go in lanes above the axis, the highlighted event's first and lowest, then the others
 * nearest in time to it (or in date order). A label takes the lowest lane where it touches no
 * other label, no leader line crosses it and its own leader crosses no label; if none is free,
 * the label is left out and the marker stands alone (the description still names the event).
 */
function placeLabels(
	shown: HistoryEvent[],
	markers: HistoryMarker[],
	focus: HistoryEvent | undefined,
	width: number,
	axisY: number
): HistoryLabel[] {
	const laneY = (lane: number) => axisY - 34 - lane * LANE_HEIGHT;
	let lanes = 0;
	while (lanes < MAX_LANES && laneY(lanes) - 12 >= TOP) lanes++;

	const byId = new Map(markers.map((marker) => [marker.id, marker]));
	const reference = focus ? toTime(focus.date) : null;
	const candidates = shown
		.filter((event) => byId.has(event.id))
		.map((event, order) => ({ event, order }))
		.sort((a, b) => {
			if (a.event === focus) return -1;
			if (b.event === focus) return 1;
			if (reference === null) return a.order - b.order;
			const distance = (e: HistoryEvent) => Math.abs(toTime(e.date) - reference);
			return distance(a.event) - distance(b.event) || a.order - b.order;
		});

	const placed: (HistoryLabel & { lane: number })[] = [];
	const crosses = (at: number, left: number, right: number) =>
		at >= left - LEADER_GAP && at <= right + LEADER_GAP;
	const free = (lane: number, left: number, right: number, leaderX: number) =>
		placed.every((other) => {
			const otherRight = other.x + other.width;
			if (other.lane === lane)
				return right + LABEL_GAP <= other.x || left >= otherRight + LABEL_GAP;
			if (other.lane > lane) return !crosses(other.leader.x, left, right);
			return !crosses(leaderX, other.x, otherRight);
		});

	for (const { event } of candidates) {
		const marker = byId.get(event.id)!;
		const isFocus = event === focus;
		const textWidth = event.label.length * (isFocus ? BOLD_CHAR_WIDTH : CHAR_WIDTH);
		if (textWidth > width - PAD) continue; // too long for this width
		// A label starts just left of its marker or ends just right of it, sliding inward where it
		// would run off the drawing. Of the free places, take the one that covers the fewest other
		// markers (whose own labels could then no longer reach them), then the lowest lane.
		const fit = (left: number) => Math.max(PAD / 2, Math.min(left, width - PAD / 2 - textWidth));
		const covered = (left: number) =>
			markers.filter((m) => m !== marker && crosses(m.x, left, left + textWidth)).length;
		const positions = [...new Set([fit(marker.x - 6), fit(marker.x + 6 - textWidth)])];
		let best: { lane: number; left: number; cost: number } | null = null;
		for (let lane = 0; lane < lanes; lane++) {
			for (const left of positions) {
				if (!free(lane, left, left + textWidth, marker.x)) continue;
				const cost = covered(left) * lanes + lane;
				if (!best || cost < best.cost) best = { lane, left, cost };
			}
		}
		if (!best) continue;
		placed.push({
			lane: best.lane,
			id: event.id,
			text: event.label,
			x: best.left,
			y: laneY(best.lane),
			width: textWidth,
			focus: isFocus,
			leader: { x: marker.x, y1: marker.y - 9, y2: laneY(best.lane) + 4 }
		});
	}
	return placed.map((label) => ({
		id: label.id,
		text: label.text,
		x: label.x,
		y: label.y,
		width: label.width,
		focus: label.focus,
		leader: label.leader
	}));
}
