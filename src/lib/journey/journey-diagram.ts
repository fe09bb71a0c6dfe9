import type { DiagramDef } from '$lib/scrolly/types';
import JourneyDiagram from './JourneyDiagram.svelte';
import { describeJourney } from './journey-view';
import type { JourneyState } from './types';

/** Chapter 2's diagram: the path of one message, and what each point on it can read. */
export const journeyDiagram: DiagramDef<JourneyState> = {
	title: 'What each point on the way sees',
	component: JourneyDiagram,
	describe: describeJourney
};
