import { getContext, setContext } from 'svelte';
import type { DiagramDef } from './types';

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

const diagramKey = Symbol('sealed-worksheet-diagram');

/** In a worksheet, each Step draws the Scrolly's diagram itself. */
export function setDiagram<S>(diagram: DiagramDef<S>): void {
	setContext(diagramKey, diagram);
}

export function useDiagram<S = unknown>(): DiagramDef<S> | undefined {
	return getContext<DiagramDef<S> | undefined>(diagramKey);
}
