import type { DiagramDef } from '$lib/scrolly/types';
import BackdoorDiagramStub from './BackdoorDiagramStub.svelte';
import { describeBackdoor } from './describe';
import type { BackdoorState } from './types';

/**
 * Chapter 4's diagram. TEMPORARY: the component is an empty placeholder so the chapter builds;
 * the lead replaces this file and the stub with the real flow and matrix drawing.
 */
export const backdoorDiagram: DiagramDef<BackdoorState> = {
	title: 'What a backdoor changes',
	component: BackdoorDiagramStub,
	describe: describeBackdoor
};
