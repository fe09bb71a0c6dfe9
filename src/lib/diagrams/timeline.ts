import { scaleUtc } from 'd3-scale';
import type { TimelineEvent, TimelineEventKind, TimelineState } from './timeline-types';
import { dayOrMonth, shortMonth } from './dates';

/** Layout of one timeline state at a given size: plain numbers, ready for Svelte to draw. */
export interface TimelineMarker {
	id: string;
	x: number;
	y: number;
	kind: TimelineEventKind;
	status: 'reached' | 'focus' | 'ahead';
	label: string;
	date: string;
	approximate: boolean;
}

export interface TimelineLayout {
	width: number;
	height: number;
	axis: { x1: number; x2: number; y: number };
	ticks: { x: number; label: string }[];
	/** The inset for events before the window, with its break mark, or null if there are none. */
	before: { x1: number; x2: number; breakX: number; label: string } | null;
	markers: TimelineMarker[];
	/** Every event in date order, for the list that accompanies the drawing on wide screens. */
	rows: {
		id: string;
		date: string;
		label: string;
		kind: TimelineEventKind;
		status: TimelineMarker['status'];
	}[];
	/** Where the focused event's label goes. */
	callout: {
		x: number;
		y: number;
		anchor: 'start' | 'middle' | 'end';
		date: string;
		label: string;
	} | null;
}

/** Drawing height: shorter on narrow screens, where the sticky panel must leave room to read. */
export const timelineHeight = (width: number): number => (width < 480 ? 150 : 200);
const PAD = 18;
const BEFORE_WIDTH = 64;
const STACK_GAP = 24;
const DAY = 24 * 60 * 60 * 1000;

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "2017-03-26" → "26 March 2017" (UTC, so prerender and browser agree in every time zone). */
export function formatDay(iso: string): string {
	const date = utcDate(iso);
	return dayOrMonth(date);
}

/** Events in date order, with the order of the chapter's list breaking ties. */
function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
	return events
		.map((event, order) => ({ event, order }))
		.sort((a, b) => a.event.date.localeCompare(b.event.date) || a.order - b.order)
		.map(({ event }) => event);
}

function statusOf(
	event: TimelineEvent,
	focus: TimelineEvent | undefined,
	rank: Map<string, number>
) {
	if (!focus) return 'reached' as const;
	if (event.id === focus.id) return 'focus' as const;
	return rank.get(event.id)! < rank.get(focus.id)! ? ('reached' as const) : ('ahead' as const);
}

export function layoutTimeline(state: TimelineState, width: number): TimelineLayout {
	const height = timelineHeight(width);
	const axisY = height - 46;
	const [start, end] = state.window;
	const events = chronological(state.events);
	const rank = new Map(events.map((event, i) => [event.id, i]));
	const focus = events.find((event) => event.id === state.focus);
	const earlier = events.filter((event) => event.date < start);
	const within = events.filter((event) => event.date >= start && event.date <= end);

	const x1 = earlier.length ? PAD + BEFORE_WIDTH + 22 : PAD;
	const x2 = Math.max(x1 + 40, width - PAD);
	const x = scaleUtc()
		.domain([utcDate(start), utcDate(end)])
		.range([x1, x2]);
	// A tick for every day; labels only as often as they fit (about 52 px apart).
	const dayWidth =
		(x2 - x1) / Math.max(1, (utcDate(end).getTime() - utcDate(start).getTime()) / DAY);
	const every = Math.max(1, Math.ceil(52 / dayWidth));
	const ticks: TimelineLayout['ticks'] = [];
	for (
		let time = utcDate(start).getTime(), i = 0;
		time <= utcDate(end).getTime();
		time += DAY, i++
	) {
		const day = new Date(time);
		ticks.push({
			x: x(day),
			label: i % every === 0 ? `${day.getUTCDate()} ${shortMonth(day)}` : ''
		});
	}

	const markers: TimelineMarker[] = [];
	const stackHeight = new Map<string, number>();
	for (const event of within) {
		const level = stackHeight.get(event.date) ?? 0;
		stackHeight.set(event.date, level + 1);
		markers.push({
			id: event.id,
			x: x(utcDate(event.date)),
			y: axisY - level * STACK_GAP,
			kind: event.kind,
			status: statusOf(event, focus, rank),
			label: event.label,
			date: event.date,
			approximate: event.approximate ?? false
		});
	}
	earlier.forEach((event, i) => {
		markers.push({
			id: event.id,
			x: PAD + ((i + 1) * BEFORE_WIDTH) / (earlier.length + 1),
			y: axisY,
			kind: event.kind,
			status: statusOf(event, focus, rank),
			label: event.label,
			date: event.date,
			approximate: event.approximate ?? false
		});
	});

	const focused = markers.find((marker) => marker.status === 'focus');
	let callout: TimelineLayout['callout'] = null;
	if (focused) {
		// Above the tallest stack on the axis, so the label never sits on a neighbour's marker
		// and stays at one height from step to step.
		const topOfStack = Math.min(...markers.map((marker) => marker.y));
		const anchor = focused.x < width * 0.3 ? 'start' : focused.x > width * 0.7 ? 'end' : 'middle';
		const nudge = anchor === 'start' ? -8 : anchor === 'end' ? 8 : 0;
		callout = {
			x: Math.min(Math.max(focused.x + nudge, PAD / 2), width - PAD / 2),
			y: topOfStack - 46,
			anchor,
			date: eventDate(focused),
			label: focused.label
		};
	}

	return {
		width,
		height,
		axis: { x1, x2, y: axisY },
		ticks,
		before: earlier.length
			? {
					x1: PAD,
					x2: PAD + BEFORE_WIDTH,
					breakX: PAD + BEFORE_WIDTH + 11,
					label: String(utcDate(earlier[0]!.date).getUTCFullYear())
				}
			: null,
		markers,
		rows: events.map((event) => ({
			id: event.id,
			date: eventDate(event),
			label: event.label,
			kind: event.kind,
			status: statusOf(event, focus, rank)
		})),
		callout
	};
}

/** An event's date as the reader sees it, hedged when the sources only date it roughly. */
export const eventDate = (event: Pick<TimelineEvent, 'date' | 'approximate'>): string =>
	`${event.approximate ? 'about ' : ''}${formatDay(event.date)}`;

const listOf = (events: TimelineEvent[]) =>
	events.map((event) => `${eventDate(event)}, ${event.label}`).join('; ');

/** The text alternative of a timeline state: what is highlighted, what came before, what is left. */
export function describeTimeline(state: TimelineState): string {
	const events = chronological(state.events);
	const [start, end] = state.window;
	const parts = [`Timeline from ${formatDay(start)} to ${formatDay(end)}.`];
	const index = events.findIndex((event) => event.id === state.focus);
	if (index === -1) {
		parts.push(`It shows ${events.length} events: ${listOf(events)}.`);
		return parts.join(' ');
	}
	const focus = events[index]!;
	parts.push(`Highlighted: ${eventDate(focus)}, ${focus.label}.`);
	const before = events.slice(0, index);
	if (before.length) parts.push(`Already on the line: ${listOf(before)}.`);
	const left = events.length - index - 1;
	if (left > 0) parts.push(`Still to come: ${left} ${left === 1 ? 'event' : 'events'}.`);
	return parts.join(' ');
}
