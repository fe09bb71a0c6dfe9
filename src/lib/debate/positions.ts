import { scaleLinear } from 'd3-scale';
import type { Placement, Position, PositionKind, PositionsState } from './positions-types';

/** A rectangle: top-left corner, width and height, in drawing pixels. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One position as drawn: plain numbers, ready for Svelte. */
export interface MapMarker {
	id: string;
	kind: PositionKind;
	x: number;
	y: number;
	status: 'focus' | 'shown';
	/** The text drawn beside the marker: the short name on narrow drawings. */
	text: string;
	/** Where the label sits; the text's baseline is `box.y + baseline`. */
	box: Box;
	/** A line from the marker to a label placed away from it, or null when it sits beside it. */
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
	/** Earlier placements of a contested position, oldest first: drawn as faint outlines. */
	trail: { x: number; y: number }[];
}

export interface PositionsLayout {
	width: number;
	height: number;
	/** Font size of the labels, and where their baseline sits inside a label box. */
	font: number;
	baseline: number;
	plot: { left: number; right: number; top: number; bottom: number };
	/** The axis titles and their end words, each drawn along its axis. */
	axes: {
		x: { y: number; title: string; start: string; end: string };
		y: { x: number; title: string; start: string; end: string };
	};
	/** The positions on the map at this step, in order of appearance. */
	markers: MapMarker[];
	/**
	 * Every position of the chapter, shown or not, in the chapter's order: a list of one length
	 * at every step, so the drawing can glide each marker and label from one step to the next.
	 */
	glide: { id: string; x: number; y: number; labelX: number; labelY: number }[];
}

/** Drawing height: shorter on narrow screens, where the sticky panel must leave room to read. */
export const positionsHeight = (width: number): number => (width < 480 ? 212 : 330);

/** Below this width the drawing uses short names and smaller type. */
const NARROW = 480;
/** A generous estimate of a character's width, as a share of the font size (system-ui). */
const CHAR_WIDTH = 0.6;
/**
 * Half the size of the area a marker keeps clear: more than its drawn shape, so that a label
 * beside it also clears the highlight ring (radius 15) when the marker is focused.
 */
const MARKER_HALF = 12;
const TRAIL_HALF = 7;
/** Space between a marker's clear area and a label placed beside it. */
const GAP = 6;
/** Dashed trails are kept clear too, as a chain of small boxes this far apart. */
const TRAIL_STEP = 6;

/** The placement drawn for a position at this step. */
export function placementOf(position: Position, state: PositionsState): Placement {
	const index = state.reading?.[position.id] ?? 0;
	const clamped = Math.min(Math.max(0, Math.trunc(index)), position.placements.length - 1);
	return position.placements[clamped]!;
}

/** Earlier placements of a position at this step, oldest first. */
function trailOf(position: Position, state: PositionsState): Placement[] {
	const current = placementOf(position, state);
	return position.placements.slice(0, position.placements.indexOf(current));
}

export const overlaps = (a: Box, b: Box): boolean =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const overlapArea = (a: Box, b: Box): number =>
	Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
	Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const around = (x: number, y: number, half: number): Box => ({
	x: x - half,
	y: y - half,
	width: 2 * half,
	height: 2 * half
});

/**
 * Label spots to try, nearest first: beside the marker (right, left, above, below, then the
 * corners), then the same directions further out, where a leader line joins label and marker.
 */
function candidates(x: number, y: number, width: number, height: number): Box[] {
	const spots: Box[] = [];
	for (const ring of [0, 1, 2, 3, 4]) {
		const d = MARKER_HALF + GAP + ring * 14;
		const dy = MARKER_HALF + GAP / 2 + ring * 12;
		spots.push(
			{ x: x + d, y: y - height / 2, width, height },
			{ x: x - d - width, y: y - height / 2, width, height },
			{ x: x - width / 2, y: y - dy - height, width, height },
			{ x: x - width / 2, y: y + dy, width, height },
			{ x: x + d - 4, y: y - dy - height + 2, width, height },
			{ x: x - d - width + 4, y: y - dy - height + 2, width, height },
			{ x: x + d - 4, y: y + dy - 2, width, height },
			{ x: x - d - width + 4, y: y + dy - 2, width, height }
		);
	}
	return spots;
}

/** The point of `box` nearest to (x, y): where a leader line ends. */
function nearestPoint(box: Box, x: number, y: number) {
	return {
		x: Math.min(Math.max(x, box.x), box.x + box.width),
		y: Math.min(Math.max(y, box.y), box.y + box.height)
	};
}

export function layoutPositions(state: PositionsState, width: number): PositionsLayout {
	const narrow = width < NARROW;
	const height = positionsHeight(width);
	const font = narrow ? 11 : 12;
	const labelHeight = Math.round(font * 1.3);
	const baseline = Math.round(font * 1.0);
	const plot = { left: narrow ? 24 : 28, right: width - 8, top: 8, bottom: height - 28 };
	// Markers keep clear of the plot's edges so their shapes and rings stay inside it.
	const inset = MARKER_HALF + 4;
	const x = scaleLinear()
		.domain([0, 1])
		.range([plot.left + inset, plot.right - inset]);
	const y = scaleLinear()
		.domain([0, 1])
		.range([plot.bottom - inset, plot.top + inset]);

	const byId = new Map(state.positions.map((position) => [position.id, position]));
	const shown = state.shown
		.map((id) => byId.get(id))
		.filter((position): position is Position => position !== undefined);
	// Labels are placed in order of appearance, whatever is highlighted, so that a label already
	// on the map keeps its place when the highlight moves or a new marker arrives.
	const order = shown;

	const point = (placement: Placement) => ({ x: x(placement.access), y: y(placement.risk) });
	const obstacles: Box[] = [];
	for (const position of shown) {
		const at = point(placementOf(position, state));
		obstacles.push(around(at.x, at.y, MARKER_HALF));
		const trail = trailOf(position, state).map(point);
		for (const old of trail) obstacles.push(around(old.x, old.y, TRAIL_HALF));
		// The dashed line from the oldest placing to the marker: no label may sit on it.
		const path = [...trail, at];
		for (let i = 1; i < path.length; i++) {
			const from = path[i - 1]!;
			const to = path[i]!;
			const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / TRAIL_STEP);
			for (let k = 0; k <= steps; k++) {
				const t = steps ? k / steps : 0;
				obstacles.push(around(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t, 2));
			}
		}
	}
	// A spot that would cross the plot's edge slides back inside it; if that puts it over a
	// marker (its own included), the collision check below rules it out.
	const inside = (box: Box): Box => ({
		...box,
		x: Math.min(Math.max(box.x, plot.left + 2), plot.right - 2 - box.width),
		y: Math.min(Math.max(box.y, plot.top), plot.bottom - 2 - box.height)
	});

	const labels: Box[] = [];
	const markers: MapMarker[] = order.map((position) => {
		const at = point(placementOf(position, state));
		const text = narrow ? position.short : position.label;
		const labelWidth = Math.ceil(text.length * font * CHAR_WIDTH) + 4;
		const spots = candidates(at.x, at.y, labelWidth, labelHeight).map(inside);
		const taken = [...obstacles, ...labels];
		const clash = (box: Box) => taken.reduce((sum, other) => sum + overlapArea(box, other), 0);
		// The first free spot; failing that (never on this chapter's maps), the least crowded one.
		const box = spots.find((spot) => clash(spot) === 0) ??
			[...spots].sort((a, b) => clash(a) - clash(b))[0] ?? {
				x: at.x + MARKER_HALF + GAP,
				y: at.y - labelHeight / 2,
				width: labelWidth,
				height: labelHeight
			};
		labels.push(box);
		const end = nearestPoint(box, at.x, at.y);
		const far = Math.hypot(end.x - at.x, end.y - at.y) > MARKER_HALF + GAP + 4;
		return {
			id: position.id,
			kind: position.kind,
			x: at.x,
			y: at.y,
			status: position.id === state.focus ? 'focus' : 'shown',
			text,
			box,
			leader: far ? { x1: at.x, y1: at.y, x2: end.x, y2: end.y } : null,
			trail: trailOf(position, state).map(point)
		};
	});

	const drawn = new Map(markers.map((marker) => [marker.id, marker]));
	const glide = state.positions.map((position) => {
		const marker = drawn.get(position.id);
		const at = point(placementOf(position, state));
		return {
			id: position.id,
			x: at.x,
			y: at.y,
			labelX: marker?.box.x ?? at.x,
			labelY: marker?.box.y ?? at.y
		};
	});

	return {
		width,
		height,
		font,
		baseline,
		plot,
		axes: {
			x: {
				y: height - 8,
				title: narrow ? 'Access for the state' : 'Access for the state to what messages say',
				start: 'none',
				end: 'routine'
			},
			y: {
				x: 12,
				title: narrow ? 'Risk for everyone' : 'Risk to everyone’s security',
				start: 'low',
				end: 'high'
			}
		},
		markers,
		glide
	};
}

/** Where a placement sits, in words: coarse on purpose, because the placings are judgements. */
export function whereWords(placement: Pick<Placement, 'access' | 'risk'>): string {
	const access =
		placement.access < 0.2
			? 'little or no access'
			: placement.access < 0.45
				? 'limited access'
				: placement.access < 0.85
					? 'wide access'
					: 'routine access';
	const risk =
		placement.risk < 0.35 ? 'low risk' : placement.risk < 0.65 ? 'moderate risk' : 'high risk';
	return `${access}, ${risk}`;
}

const nameOf = (position: Position) => `${position.label}, ${position.year}`;

/** One position in words: where it sits, in whose reading when that is disputed, and why. */
function positionWords(position: Position, state: PositionsState): string {
	const placement = placementOf(position, state);
	const contested = position.placements.length > 1;
	const reading = contested ? `, ${placement.reading}` : '';
	const parts = [`${nameOf(position)}: ${whereWords(placement)}${reading}. ${placement.reason}`];
	const earlier = trailOf(position, state);
	if (earlier.length) {
		const before = earlier.map((old) => `${old.reading}, at ${whereWords(old)}`).join('; ');
		parts.push(`It has moved here: earlier on the map it sat ${before}.`);
	}
	return parts.join(' ');
}

/** The text alternative of one state of the map: the axes, what is highlighted and why, the rest. */
export function describePositions(state: PositionsState): string {
	const byId = new Map(state.positions.map((position) => [position.id, position]));
	const shown = state.shown
		.map((id) => byId.get(id))
		.filter((position): position is Position => position !== undefined);
	const parts = [
		'A map of positions in the encryption debate. Across: access for the state to what messages say, from none to routine. Up: risk to everyone’s security, from low to high. The placings are our reading, not measurements.'
	];
	const focus = shown.find((position) => position.id === state.focus);
	if (focus) parts.push(`Highlighted: ${positionWords(focus, state)}`);
	const others = shown.filter((position) => position !== focus);
	if (others.length) {
		const label = focus ? 'Also on the map' : 'On the map';
		parts.push(`${label}: ${others.map((position) => positionWords(position, state)).join(' ')}`);
	}
	const left = state.positions.length - shown.length;
	if (left > 0) parts.push(`Still to come: ${left} more ${left === 1 ? 'position' : 'positions'}.`);
	return parts.join(' ');
}
