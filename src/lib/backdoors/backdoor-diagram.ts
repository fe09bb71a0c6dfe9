import type { DiagramDef } from '$lib/scrolly/types';
import BackdoorDiagram from './BackdoorDiagram.svelte';
import { describeBackdoor } from './describe';
import { describeMatrix } from './matrix-view';
import type { BackdoorState } from './types';

/** Chapter 4's diagram: where each design sends the message or its key, then who can read it. */
export const backdoorDiagram: DiagramDef<BackdoorState> = {
	title: 'What a backdoor changes',
	component: BackdoorDiagram,
	describe: (state) =>
		state.view === 'matrix' ? describeMatrix(state.design) : describeBackdoor(state)
};
