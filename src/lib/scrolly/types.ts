import type { Component } from 'svelte';

/** One scrollytelling step: a stable id (the URL hash), a short label and the diagram's state. */
export interface Step<S> {
	/** Lowercase words joined by hyphens; used as the element id and URL hash. */
	id: string;
	/** A few words naming the step, e.g. for "Step 3 of 8: The meeting". */
	label: string;
	/** Everything the diagram needs to draw this step: diagrams are pure functions of it. */
	state: S;
}

/** A diagram: a component that draws a state, and a pure text description of the same state. */
export interface DiagramDef<S> {
	/** Accessible name of the figure, the same for every step. */
	title: string;
	component: Component<{ state: S }>;
	/** The text alternative of one state: what a sighted reader sees in the drawing. */
	describe: (state: S) => string;
}
