/**
 * The flow diagram of chapter 4 as data: for one design and moment, which places exist (the two
 * phones, the server, and whatever the design adds), which arrows connect them and which are
 * highlighted. Pure functions, no Svelte: the component only draws what `layoutFlow` returns.
 */

import { scalePoint } from 'd3-scale';
import type { BackdoorState, DesignId, Moment } from './types';

export type NodeId =
	'alice' | 'server' | 'bob' | 'vault' | 'leaker' | 'ghost' | 'list' | 'reviewer' | 'attacker';

/** How a place is drawn: the ends and server are neutral; an added party is marked by its role. */
export type NodeRole = 'end' | 'server' | 'intended' | 'unintended';

/** What travels along an arrow. */
export type EdgeKind = 'message' | 'key-copy' | 'report' | 'attack';

export interface FlowNode {
	id: NodeId;
	label: string;
	role: NodeRole;
	/** Column (0 Alice's side, 1 the server, 2 Bob's side) and row (0 the path, 1 below it). */
	column: 0 | 1 | 2;
	row: 0 | 1;
	/** Highlighted in this moment. */
	focus: boolean;
	/** Can read the message in this moment. */
	reads: boolean;
}

export interface FlowEdge {
	from: NodeId;
	to: NodeId;
	kind: EdgeKind;
	/** A word or two on the arrow. */
	label: string;
	focus: boolean;
}

export interface FlowModel {
	nodes: FlowNode[];
	edges: FlowEdge[];
}

const END_NODES: FlowNode[] = [
	{
		id: 'alice',
		label: 'Alice',
		role: 'end',
		column: 0,
		row: 0,
		focus: false,
		reads: true
	},
	{
		id: 'server',
		label: 'Server',
		role: 'server',
		column: 1,
		row: 0,
		focus: false,
		reads: false
	},
	{ id: 'bob', label: 'Bob', role: 'end', column: 2, row: 0, focus: false, reads: true }
];

const PATH: FlowEdge[] = [
	{ from: 'alice', to: 'server', kind: 'message', label: 'sealed', focus: false },
	{ from: 'server', to: 'bob', kind: 'message', label: 'sealed', focus: false }
];

type Extra = Omit<FlowNode, 'focus' | 'reads'> & {
	focusAt: Moment[];
	readsAt: Moment[];
	/** Moments the place is drawn in (default: all); people who break in appear when they do. */
	showAt?: Moment[];
};
type ExtraEdge = Omit<FlowEdge, 'focus'> & { from: NodeId; showAt: Moment[]; focusAt: Moment[] };

const ALL: Moment[] = ['sending', 'warrant', 'breach'];

/** What each design adds to the picture, and in which moments each part matters. */
const EXTRAS: Record<DesignId, { nodes: Extra[]; edges: ExtraEdge[] }> = {
	none: { nodes: [], edges: [] },
	escrow: {
		nodes: [
			{
				id: 'vault',
				label: 'Escrow vault',
				role: 'intended',
				column: 1,
				row: 1,
				focusAt: ['warrant'],
				readsAt: ['warrant', 'breach']
			},
			{
				id: 'leaker',
				label: 'Key thief',
				role: 'unintended',
				column: 2,
				row: 1,
				showAt: ['breach'],
				focusAt: ['breach'],
				readsAt: ['breach']
			}
		],
		edges: [
			{
				from: 'server',
				to: 'vault',
				kind: 'key-copy',
				label: 'key copy',
				showAt: ALL,
				focusAt: ['sending', 'warrant']
			},
			{
				from: 'vault',
				to: 'leaker',
				kind: 'attack',
				label: 'leaked key',
				showAt: ['breach'],
				focusAt: ['breach']
			}
		]
	},
	ghost: {
		nodes: [
			{
				id: 'ghost',
				label: 'Ghost device',
				role: 'intended',
				column: 2,
				row: 1,
				focusAt: ['sending', 'warrant'],
				readsAt: ALL
			},
			{
				id: 'attacker',
				label: 'Directory attacker',
				role: 'unintended',
				column: 0,
				row: 1,
				showAt: ['breach'],
				focusAt: ['breach'],
				readsAt: ['breach']
			}
		],
		edges: [
			{
				from: 'server',
				to: 'ghost',
				kind: 'key-copy',
				label: 'hidden copy',
				showAt: ALL,
				focusAt: ['sending', 'warrant']
			},
			{
				from: 'attacker',
				to: 'server',
				kind: 'attack',
				label: 'adds a device',
				showAt: ['breach'],
				focusAt: ['breach']
			}
		]
	},
	scanning: {
		nodes: [
			{
				id: 'list',
				label: 'Fingerprint list',
				role: 'intended',
				column: 0,
				row: 1,
				focusAt: ['sending', 'breach'],
				readsAt: []
			},
			{
				id: 'reviewer',
				label: 'Reviewer',
				role: 'intended',
				column: 1,
				row: 1,
				focusAt: ['warrant', 'breach'],
				readsAt: ['warrant', 'breach']
			}
		],
		edges: [
			{
				from: 'alice',
				to: 'list',
				kind: 'message',
				label: 'checked first',
				showAt: ALL,
				focusAt: ['sending']
			},
			{
				from: 'list',
				to: 'reviewer',
				kind: 'report',
				label: 'match reported',
				showAt: ['warrant', 'breach'],
				focusAt: ['warrant', 'breach']
			}
		]
	},
	'weak-keys': {
		nodes: [
			{
				id: 'attacker',
				label: 'Key guesser',
				role: 'unintended',
				column: 1,
				row: 1,
				focusAt: ['breach'],
				readsAt: ['breach']
			}
		],
		edges: [
			{
				from: 'server',
				to: 'attacker',
				kind: 'attack',
				label: 'tries every key',
				showAt: ALL,
				focusAt: ['sending', 'breach']
			}
		]
	}
};

/** The places and arrows of one state of the flow diagram. */
export function flowModel(design: DesignId, moment: Moment): FlowModel {
	const extra = EXTRAS[design];
	const nodes: FlowNode[] = [
		...END_NODES.map((node) => ({
			...node,
			focus: design === 'none' && node.role === 'end'
		})),
		...extra.nodes
			.filter((node) => !node.showAt || node.showAt.includes(moment))
			.map(({ id, label, role, column, row, focusAt, readsAt }) => ({
				id,
				label,
				role,
				column,
				row,
				focus: focusAt.includes(moment),
				reads: readsAt.includes(moment)
			}))
	];
	const edges: FlowEdge[] = [
		...PATH.map((edge) => ({ ...edge, focus: design === 'none' })),
		...extra.edges
			.filter((edge) => edge.showAt.includes(moment))
			.map(({ from, to, kind, label, focusAt }) => ({
				from,
				to,
				kind,
				label,
				focus: focusAt.includes(moment)
			}))
	];
	return { nodes, edges };
}

export interface PlacedNode extends FlowNode {
	x: number;
	y: number;
}

export interface PlacedEdge extends FlowEdge {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** Where the label sits, and which way its text runs from there. */
	lx: number;
	ly: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface FlowLayout {
	width: number;
	height: number;
	/** Radius of a place's circle. */
	radius: number;
	nodes: PlacedNode[];
	edges: PlacedEdge[];
}

export const FLOW_HEIGHT = 190;
const ROW_Y = [44, 138] as const;

/** Positions for a state at a given width: three columns from d3's point scale, two rows. */
export function layoutFlow(state: Pick<BackdoorState, 'design' | 'moment'>, width: number) {
	const model = flowModel(state.design, state.moment);
	const radius = width < 360 ? 17 : 20;
	const x = scalePoint<number>()
		.domain([0, 1, 2])
		.range([radius + 30, width - radius - 30]);
	const nodes: PlacedNode[] = model.nodes.map((node) => ({
		...node,
		x: x(node.column) ?? 0,
		y: ROW_Y[node.row]
	}));
	const at = new Map(nodes.map((node) => [node.id, node]));
	const edges: PlacedEdge[] = model.edges.map((edge) => {
		const a = at.get(edge.from)!;
		const b = at.get(edge.to)!;
		// Stop each arrow at the circles' edges, so heads stay visible.
		const dx = b.x - a.x;
		const dy = b.y - a.y;
		const length = Math.hypot(dx, dy) || 1;
		const gap = radius + 4;
		const ux = dx / length;
		const uy = dy / length;
		const x1 = a.x + ux * gap;
		const y1 = a.y + uy * gap;
		const x2 = b.x - ux * (gap + 2);
		const y2 = b.y - uy * (gap + 2);
		// Labels sit beside the arrow's middle, pushed off the line along its normal (up and to
		// the right of a downward arrow), and run away from the line.
		const horizontal = Math.abs(dy) < 1;
		const nx = uy;
		const ny = -ux;
		return {
			...edge,
			x1,
			y1,
			x2,
			y2,
			lx: (x1 + x2) / 2 + (horizontal ? 0 : nx * 8),
			ly: (y1 + y2) / 2 + (horizontal ? -8 : ny * 8 + 4),
			anchor: horizontal ? 'middle' : nx >= 0 ? 'start' : 'end'
		};
	});
	const layout: FlowLayout = { width, height: FLOW_HEIGHT, radius, nodes, edges };
	return layout;
}
