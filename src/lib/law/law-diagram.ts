import type { DiagramDef } from '$lib/scrolly/types';
import LawDiagram from './LawDiagram.svelte';
import type { LawState } from './law-types';
import { describePowers } from './powers';
import { describeRulings } from './rulings';

/** The text alternative of either view: the map of powers or the timeline of rulings. */
export const describeLaw = (state: LawState): string =>
	state.view === 'powers' ? describePowers(state) : describeRulings(state);

/** Chapter 6's diagram: what the Act's powers reach, then what the courts said about them. */
export const lawDiagram: DiagramDef<LawState> = {
	title: 'The Investigatory Powers Act: its powers and its rulings',
	component: LawDiagram,
	describe: describeLaw
};
