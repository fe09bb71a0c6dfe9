import { scaleBand } from 'd3-scale';
import {
	DATA_KINDS,
	type DataKind,
	type LinkKind,
	type PowersState,
	type Safeguard
} from './law-types';

/** Each kind of information, named in full for the text description. */
export const DATA_KIND_NAMES: Record<DataKind, string> = {
	content: 'content (what messages say)',
	'communications-data': 'communications data (who, when and how)',
	devices: 'devices and what is stored on them',
	datasets: 'datasets about many people'
};

/**
 * Short names for the drawing: a word in bold, then a gloss. The map's right column is narrow on a
 * phone, so the Act's long phrase "communications data" is drawn as "Metadata", its everyday name;
 * the text description uses the Act's phrase.
 */
export const DATA_KIND_LINES: Record<DataKind, [string, string]> = {
	content: ['Content', 'the words'],
	'communications-data': ['Metadata', 'who, when'],
	devices: ['Devices', 'their data'],
	datasets: ['Datasets', 'many people']
};

/** The safeguards and conditions the map can list under a power, with what each means. */
export const SAFEGUARDS: Record<Safeguard, { title: string; text: string }> = {
	'double-lock': {
		title: 'Double lock',
		text: 'the Home Secretary decides it is necessary and proportionate, and a Judicial Commissioner must approve'
	},
	consultation: {
		title: 'Consultation',
		text: 'the company is consulted first, and whether the work is technically feasible and what it costs are weighed'
	},
	secrecy: {
		title: 'Secrecy',
		text: 'the company may not reveal that it has a notice without the Home Secretary’s permission'
	}
};

export type MapStatus = 'normal' | 'focus' | 'linked' | 'quiet';

export interface MapBox {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	lines: { text: string; x: number; y: number }[];
	status: MapStatus;
}

export interface MapLink {
	from: string;
	to: DataKind;
	how: LinkKind;
	/** A cubic Bézier from the power's right edge to the kind's left edge. */
	path: string;
	status: 'normal' | 'focus' | 'quiet';
}

export interface PowersLayout {
	width: number;
	height: number;
	headings: { powers: { x: number; y: number }; kinds: { x: number; y: number } };
	powers: MapBox[];
	kinds: MapBox[];
	/** Quiet links first, so highlighted ones are drawn on top. */
	links: MapLink[];
	/** The band behind the highlighted power, or null when nothing is highlighted. */
	highlight: { y: number; height: number } | null;
}

/** The narrowest drawing the map is laid out for: a 320 px screen less the page's margins. */
export const MIN_WIDTH = 288;
const PAD = 6;
const HEAD = 24;
const ROW = 42;
/** Room between the two columns for the links. */
const LINK_GAP = 34;
/** Distance between the baselines of a box's two lines of text. */
export const LINE_GAP = 14;
/** Left padding of the text inside a box. */
export const TEXT_INSET = 7;

const round = (n: number) => Math.round(n * 10) / 10;

function textLines(lines: string[], x: number, y: number, height: number) {
	const first = y + height / 2 - ((lines.length - 1) * LINE_GAP) / 2 + 4;
	return lines.map((text, i) => ({ text, x: x + TEXT_INSET, y: round(first + i * LINE_GAP) }));
}

/** Spreads `count` link ends around a centre, `step` apart, so they do not sit on one point. */
const spread = (centre: number, index: number, count: number, step: number) =>
	centre + (index - (count - 1) / 2) * step;

/** Lays out the powers map for a drawing `width` pixels wide: two columns of boxes, and links. */
export function layoutPowers(state: PowersState, width: number): PowersLayout {
	const inner = width - 2 * PAD;
	const rightWidth = Math.min(160, Math.round(inner * 0.31));
	const leftWidth = Math.min(230, inner - rightWidth - LINK_GAP);
	const rightX = width - PAD - rightWidth;
	const bottom = HEAD + state.powers.length * ROW;
	const height = bottom + PAD;

	const powerY = scaleBand<string>()
		.domain(state.powers.map((power) => power.id))
		.range([HEAD, bottom])
		.paddingInner(0.2)
		.paddingOuter(0.1);
	const kindY = scaleBand<DataKind>().domain(DATA_KINDS).range([HEAD, bottom]).padding(0.2);
	const kindHeight = Math.min(kindY.bandwidth(), 40);

	const focus = state.powers.find((power) => power.id === state.focus) ?? null;
	const linkedKinds = new Set(focus?.reaches.map((link) => link.kind) ?? []);

	const powers: MapBox[] = state.powers.map((power) => {
		const y = powerY(power.id)!;
		const height = powerY.bandwidth();
		return {
			id: power.id,
			x: PAD,
			y: round(y),
			width: leftWidth,
			height: round(height),
			lines: textLines(power.lines, PAD, y, height),
			status: !focus ? 'normal' : power.id === focus.id ? 'focus' : 'quiet'
		};
	});

	const kinds: MapBox[] = DATA_KINDS.map((kind) => {
		const y = kindY(kind)! + (kindY.bandwidth() - kindHeight) / 2;
		return {
			id: kind,
			x: rightX,
			y: round(y),
			width: rightWidth,
			height: kindHeight,
			lines: textLines(DATA_KIND_LINES[kind], rightX, y, kindHeight),
			status: !focus ? 'normal' : linkedKinds.has(kind) ? 'linked' : 'quiet'
		};
	});

	// Every link, with its ends spread out where several meet one box.
	const all = state.powers.flatMap((power) =>
		power.reaches.map((reach, i) => ({ power, reach, out: i, outs: power.reaches.length }))
	);
	const links: MapLink[] = all.map(({ power, reach, out, outs }) => {
		const from = powers.find((box) => box.id === power.id)!;
		const to = kinds.find((box) => box.id === reach.kind)!;
		const arriving = all.filter((link) => link.reach.kind === reach.kind);
		const x1 = from.x + from.width;
		const y1 = spread(from.y + from.height / 2, out, outs, 8);
		const x2 = to.x;
		const y2 = spread(
			to.y + to.height / 2,
			arriving.findIndex((link) => link.power.id === power.id),
			arriving.length,
			Math.min(6, (to.height - 8) / Math.max(1, arriving.length - 1))
		);
		const middle = (x1 + x2) / 2;
		return {
			from: power.id,
			to: reach.kind,
			how: reach.how,
			path: `M${round(x1)},${round(y1)} C${round(middle)},${round(y1)} ${round(middle)},${round(y2)} ${round(x2)},${round(y2)}`,
			status: !focus ? 'normal' : power.id === focus.id ? 'focus' : 'quiet'
		};
	});
	const order = { quiet: 0, normal: 1, focus: 2 };
	links.sort((a, b) => order[a.status] - order[b.status]);

	const focused = powers.find((box) => box.status === 'focus');
	return {
		width,
		height,
		headings: {
			powers: { x: PAD, y: 14 },
			kinds: { x: rightX, y: 14 }
		},
		powers,
		kinds,
		links,
		highlight: focused ? { y: focused.y - 3, height: focused.height + 6 } : null
	};
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: string[]): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function reachesInWords(reaches: PowersState['powers'][number]['reaches']): string {
	const direct = reaches.filter((r) => r.how === 'collects').map((r) => DATA_KIND_NAMES[r.kind]);
	const indirect = reaches.filter((r) => r.how === 'enables').map((r) => DATA_KIND_NAMES[r.kind]);
	const parts: string[] = [];
	if (direct.length) parts.push(`reaches ${listOf(direct)}`);
	if (indirect.length) {
		parts.push(
			`collects nothing itself; a dashed line shows it helping others reach ${listOf(indirect)}`
		);
	}
	return parts.join('; ');
}

/** The text alternative of the powers map: the whole picture, or the highlighted power. */
export function describePowers(state: PowersState): string {
	const parts = [
		`Map of the Investigatory Powers Act: ${state.powers.length} powers on the left, joined by lines to what each reaches on the right: ${listOf(DATA_KINDS.map((kind) => DATA_KIND_NAMES[kind]))}.`
	];
	const focus = state.powers.find((power) => power.id === state.focus);
	if (!focus) {
		parts.push(...state.powers.map((power) => `${power.name} ${reachesInWords(power.reaches)}.`));
	} else {
		const where = focus.where ? ` (${focus.where})` : '';
		parts.push(
			`Highlighted: ${focus.name}${where}, which ${focus.does}. It ${reachesInWords(focus.reaches)}.`,
			focus.challenged
				? 'Liberty challenged it in court.'
				: 'It was not among the powers Liberty challenged in court.'
		);
	}
	if (state.safeguards.length) {
		const listed = state.safeguards.map(
			(safeguard) => `${SAFEGUARDS[safeguard].title}: ${SAFEGUARDS[safeguard].text}`
		);
		parts.push(`Listed under the map: ${listed.join('. ')}.`);
	}
	return parts.join(' ');
}
