import type { DiagramDef } from '$lib/scrolly/types';
import PositionsMap from './PositionsMap.svelte';
import { describePositions } from './positions';
import type { PositionsState } from './positions-types';

/** Chapter 5's diagram: the arguments and proposals on a map of access against risk. */
export const positionsDiagram: DiagramDef<PositionsState> = {
	title: 'Where the arguments stand: access against risk',
	component: PositionsMap,
	describe: describePositions
};
