import { getContext, setContext } from 'svelte';
import type { ScrollyState } from './scrolly-state.svelte';
import type { DiagramDef } from './types';

const key = Symbol('sealed-scrolly');

export function setScrolly<S>(state: ScrollyState<S>): ScrollyState<S> {
	return setContext(key, state);
}

/** The enclosing Scrolly's state; throws if a Step is used outside a Scrolly. */
export function useScrolly<S = unknown>(): ScrollyState<S> {
	const state = getContext<ScrollyState<S> | undefined>(key);
	if (!state) throw new Error('<Step> must be placed inside <Scrolly>');
	return state;
}

const listenerKey = Symbol('sealed-step-listener');

/** Lets a page hear which step the reader moves to (to remember it), without owning the Scrolly. */
export function setStepListener(listener: (stepId: string) => void): void {
	setContext(listenerKey, listener);
}

export function useStepListener(): ((stepId: string) => void) | undefined {
	return getContext<((stepId: string) => void) | undefined>(listenerKey);
}

const worksheetKey = Symbol('sealed-worksheet');

/**
 * Renders the chapter below as a printable worksheet: every step drawn with its own diagram and
 * its text beside it, and no controls. A chapter's lab still makes its real keys and messages
 * once the page runs, so a printout shows real values (the prerendered page shows the design).
 */
export function setWorksheet(): void {
	setContext(worksheetKey, true);
}

/** Whether this component is inside a worksheet (see setWorksheet). */
export function inWorksheet(): boolean {
	return getContext<boolean | undefined>(worksheetKey) === true;
}

const diagramKey = Symbol('sealed-scrolly-diagram');

/** In a worksheet, each Step draws the Scrolly's diagram itself. */
export function setDiagram<S>(diagram: DiagramDef<S>): void {
	setContext(diagramKey, diagram);
}

export function useDiagram<S = unknown>(): DiagramDef<S> | undefined {
	return getContext<DiagramDef<S> | undefined>(diagramKey);
}
