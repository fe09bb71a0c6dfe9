import type { DiagramDef } from '$lib/scrolly/types';
import HandshakeDiagram from './HandshakeDiagram.svelte';
import { describeHandshake } from './handshake-view';
import type { HandshakeState } from './types';

/** Chapter 3's diagram: keys, agreement, a sealed message, the chain of keys, safety numbers. */
export const handshakeDiagram: DiagramDef<HandshakeState> = {
	title: 'Keys and handshakes, with real values',
	component: HandshakeDiagram,
	describe: describeHandshake
};
