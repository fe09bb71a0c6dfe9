import { scalePoint } from 'd3-scale';
import { HOPS, type Hop, type JourneyState, type Protection } from './types';

/** Who or what sits at each point of the path. */
export const HOP_NAMES: Record<Hop, string> = {
	sender: 'Alice’s phone',
	'first-network': 'The café Wi-Fi',
	server: 'The provider’s server',
	'second-network': 'Bob’s mobile network',
	recipient: 'Bob’s phone'
};

/** Short names for the drawing, where space is tight. */
export const HOP_SHORT: Record<Hop, string> = {
	sender: 'Alice',
	'first-network': 'Wi-Fi',
	server: 'Server',
	'second-network': 'Network',
	recipient: 'Bob'
};

export const PROTECTION_NAMES: Record<Protection, string> = {
	none: 'No encryption',
	tls: 'Transport encryption (TLS)',
	e2ee: 'End-to-end encryption'
};

/** Which points can read the words under each protection: the design, before any key is tried. */
export const READERS: Record<Protection, readonly Hop[]> = {
	none: HOPS,
	tls: ['sender', 'server', 'recipient'],
	e2ee: ['sender', 'recipient']
};

/** How each link between two points is protected, for the drawing. */
export type LinkStyle = 'open' | 'transport' | 'end-to-end';

export interface JourneyLayout {
	width: number;
	nodes: { hop: Hop; x: number; label: string; focus: boolean; reads: boolean }[];
	links: { from: number; to: number; style: LinkStyle }[];
}

/** Positions of the five points along the drawing, from d3's point scale. */
export function layoutJourney(state: JourneyState, width: number): JourneyLayout {
	const x = scalePoint<Hop>()
		.domain(HOPS)
		.range([36, width - 36]);
	const readers = READERS[state.protection];
	const style: LinkStyle =
		state.protection === 'none' ? 'open' : state.protection === 'tls' ? 'transport' : 'end-to-end';
	const nodes = HOPS.map((hop) => ({
		hop,
		x: x(hop) ?? 0,
		label: HOP_SHORT[hop],
		focus: state.focus === hop,
		reads: readers.includes(hop)
	}));
	const links = nodes.slice(1).map((node, i) => ({ from: nodes[i]!.x, to: node.x, style }));
	return { width, nodes, links };
}

const list = (hops: readonly Hop[]) => {
	const names = hops.map((hop) => HOP_NAMES[hop].replace(/^The /, 'the '));
	return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/** The text alternative of a state: the protection, who reads, who does not, and the focus. */
export function describeJourney(state: JourneyState): string {
	const readers = READERS[state.protection];
	const blind = HOPS.filter((hop) => !readers.includes(hop));
	const parts = [`${PROTECTION_NAMES[state.protection]}.`];
	if (state.protection === 'none') {
		parts.push('Every point on the way can read the words: ' + `${list(HOPS)}.`);
	} else if (state.protection === 'tls') {
		parts.push(
			'Each link is locked with its own key. The networks see only scrambled bytes; the provider’s server unlocks each record and can read the words.',
			`Reads the words: ${list(readers)}. Sees only scrambled bytes: ${list(blind)}.`
		);
	} else {
		parts.push(
			'The message is locked for Bob’s phone before it leaves Alice’s, and travels inside the transport encryption as well.',
			`Reads the words: ${list(readers)}. Sees only scrambled bytes: ${list(blind)}.`
		);
	}
	if (state.focus) parts.push(`Highlighted: ${HOP_NAMES[state.focus]}.`);
	if (state.metadata) {
		parts.push(
			'Shown too: what the server still learns — who sent the message, to whom, when, and how big it is.'
		);
	}
	return parts.join(' ');
}
