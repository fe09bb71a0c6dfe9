import type { DiagramDef } from '$lib/scrolly/types';
import Timeline from './Timeline.svelte';
import { describeTimeline } from './timeline';
import type { TimelineState } from './timeline-types';

/** Chapter 1's diagram: the days around the demand, one event highlighted per step. */
export const timelineDiagram: DiagramDef<TimelineState> = {
	title: 'Timeline of the demand, March 2017',
	component: Timeline,
	describe: describeTimeline
};
