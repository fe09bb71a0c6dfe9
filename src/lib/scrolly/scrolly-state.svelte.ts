import { replaceState } from '$app/navigation';
import type { Step } from './types';
import { clampStep, stepStatus } from './step-logic';

export interface GoOptions {
	/** Scroll the step to the reading line (buttons and keys do; scrolling itself does not). */
	scroll?: boolean;
	/** Say the new step in the live region (only for changes the reader asked for). */
	announce?: boolean;
	/** Smooth scrolling; off when the reader prefers reduced motion. */
	smooth?: boolean;
}

/** The current step of one Scrolly, and the elements of its steps. */
export class ScrollyState<S> {
	current = $state(0);
	/** Text for the polite live region; set only by reader-initiated navigation. */
	announcement = $state('');
	// Registries of DOM elements and callbacks, not state anything renders: plain collections.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #elements = new Map<number, HTMLElement>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #listeners = new Set<(element: HTMLElement, index: number) => void>();
	/** While a button or key scrolls to a step, the steps it passes must not take over. */
	#scrollingTo: number | null = null;
	#settle: (() => void) | null = null;

	constructor(
		readonly steps: readonly Step<S>[],
		/** The diagram's text alternative for a state; each step shows it under its prose. */
		readonly describe: (state: S) => string
	) {}

	get step(): Step<S> {
		return this.steps[this.current]!;
	}

	get count(): number {
		return this.steps.length;
	}

	indexOf(id: string): number {
		const index = this.steps.findIndex((step) => step.id === id);
		if (index === -1) {
			const known = this.steps.map((step) => step.id).join(', ');
			throw new Error(`<Step id="${id}"> is not in this chapter's steps (${known})`);
		}
		return index;
	}

	/** Called by each Step when its element mounts; returns the cleanup. */
	register(index: number, element: HTMLElement): () => void {
		this.#elements.set(index, element);
		for (const listener of this.#listeners) listener(element, index);
		return () => {
			if (this.#elements.get(index) === element) this.#elements.delete(index);
		};
	}

	/** Calls `listener` for every registered step element, now and as more mount. */
	onElement(listener: (element: HTMLElement, index: number) => void): () => void {
		for (const [index, element] of this.#elements) listener(element, index);
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	elementAt(index: number): HTMLElement | undefined {
		return this.#elements.get(index);
	}

	/** The step a reader is moving to: during a scroll to a step, that step; else the current one. */
	get destination(): number {
		return this.#scrollingTo ?? this.current;
	}

	/** A step crossed the reading line by scrolling: it becomes current unless we are mid-jump. */
	reached(index: number): void {
		if (this.#scrollingTo !== null || index === this.current) return;
		this.go(index);
	}

	go(index: number, options: GoOptions = {}): void {
		const next = clampStep(index, this.count);
		const changed = next !== this.current;
		this.current = next;
		if (options.announce) {
			this.announcement = `${stepStatus(next, this.count)}: ${this.steps[next]!.label}`;
		}
		if (options.scroll) this.#scrollTo(next, options.smooth ?? false);
		if (changed || options.scroll) this.#syncHash();
	}

	#scrollTo(index: number, smooth: boolean): void {
		const element = this.#elements.get(index);
		if (!element) return;
		this.#settle?.();
		this.#scrollingTo = index;
		// Until the scroll ends (or a second at most, should no scroll be needed), the steps it
		// passes are ignored, so two quick presses of Next move two steps.
		const done = () => {
			clearTimeout(timer);
			window.removeEventListener('scrollend', done);
			if (this.#settle === done) this.#settle = null;
			this.#scrollingTo = null;
		};
		const timer = setTimeout(done, smooth ? 1500 : 150);
		window.addEventListener('scrollend', done, { once: true });
		this.#settle = done;
		element.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
	}

	/** The URL hash follows the current step, without adding history entries. */
	#syncHash(): void {
		const hash = `#${this.step.id}`;
		if (location.hash === hash) return;
		try {
			// A hash on the current page: there is no route to resolve.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(hash, {});
		} catch {
			// Before SvelteKit's router starts (or outside it), fall back to the plain History API.
			history.replaceState(history.state, '', hash);
		}
	}
}
