import { getContext, setContext } from 'svelte';
import type { ScrollyState } from './scrolly-state.svelte';

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

/** How a page wants its Scrolly shown (embeds); without one, the chapter scrolls as usual. */
export interface StepView {
	/**
	 * One step at a time beside the diagram, turned by the buttons and keys; nothing follows
	 * scrolling. Fixed for the life of the page (it shapes the prerendered HTML).
	 */
	readonly paged: boolean;
	/** Id of the first step to show; null (or an unknown id) for the chapter's first. */
	readonly from: string | null;
	/** Id of the last step to show; null (or an unknown id) for the chapter's last. */
	readonly to: string | null;
}

const viewKey = Symbol('sealed-step-view');

/** Set by a page (the embed) before its chapter renders; pass reactive state to change the range. */
export function setStepView(view: StepView): void {
	setContext(viewKey, view);
}

export function useStepView(): StepView | undefined {
	return getContext<StepView | undefined>(viewKey);
}
