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
