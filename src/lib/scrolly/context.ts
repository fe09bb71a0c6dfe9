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
