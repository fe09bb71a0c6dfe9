import type { DiagramDef } from '$lib/scrolly/types';
import HistoryTimeline from './HistoryTimeline.svelte';
import { describeHistory } from './history';
import type { HistoryState } from './history-types';

/** Chapter 7's diagram: forty years of the encryption argument on one zoomable line. */
export const historyDiagram: DiagramDef<HistoryState> = {
	title: 'The argument over encryption, 1976 to 2025',
	component: HistoryTimeline,
	describe: describeHistory
};
