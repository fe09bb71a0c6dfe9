import { replaceState } from '$app/navigation';
import type { Step } from './types';
import { clampToRange, fullRange, stepStatus, type StepRange } from './step-logic';

export interface GoOptions {
	/** Scroll the step to the reading line (buttons and keys do; scrolling itself does not). */
	scroll?: boolean;
	/** Say the new step in the live region (only for changes the reader asked for). */
	announce?: boolean;
	/** Smooth scrolling; off when the reader prefers reduced motion. */
	smooth?: boolean;
	/**
	 * Hold the step for this long (ms) after arriving, unless the reader scrolls: for a deep link,
	 * while the page is still settling (late layout, the browser's own jump to the hash).
	 */
	hold?: number;
}

/** Whether a scroll to `element` has come to rest where scrollIntoView puts it (or can go no further). */
function arrived(element: HTMLElement): boolean {
	const margin = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
	const { scrollY, innerHeight } = window;
	const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
	return Math.abs(element.getBoundingClientRect().top - margin) < 2 || atEnd || scrollY <= 0;
}

/** The current step of one Scrolly, and the elements of its steps. */
export class ScrollyState<S> {
	current = $state(0);
	/** The steps shown: every one, unless an embed shows a part of the chapter. */
	range = $state.raw<StepRange>({ first: 0, last: 0 });
	/**
	 * One step at a time, turned by the buttons and keys (paged Scrollys, once running). Before
	 * that, and without JavaScript, every step shows, so the chapter still reads in full.
	 */
	single = $state(false);
	/** Text for the polite live region; set only by reader-initiated navigation. */
	announcement = $state('');
	// Registries of DOM elements and callbacks, not state anything renders: plain collections.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #elements = new Map<number, HTMLElement>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #listeners = new Set<(element: HTMLElement, index: number) => void>();
	/** While a button or key scrolls to a step, the steps it passes must not take over. */
	#scrollingTo: number | null = null;
	/** Steps on the reading line right now, as the observer last reported them. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #onLine = new Set<number>();
	#settle: ((superseded?: boolean) => void) | null = null;

	constructor(
		readonly steps: readonly Step<S>[],
		/** The diagram's text alternative for a state; each step shows it under its prose. */
		readonly describe: (state: S) => string,
		/**
		 * Paged: steps never follow scrolling and moving to one never scrolls (embeds, whose frame
		 * is as tall as its content, so it has nothing to scroll; see Scrolly.svelte).
		 */
		readonly paged = false
	) {
		this.range = fullRange(steps.length);
	}

	get step(): Step<S> {
		return this.steps[this.current]!;
	}

	get count(): number {
		return this.steps.length;
	}

	/** How many steps are shown, for "Step n of N". */
	get shown(): number {
		return this.range.last - this.range.first + 1;
	}

	/** "Step n of N" for step `index`, counted within the steps shown. */
	status(index = this.current): string {
		return stepStatus(index - this.range.first, this.shown);
	}

	/** Whether step `index` is in the page at all: inside the range, and current when single. */
	visible(index: number): boolean {
		const { first, last } = this.range;
		return index >= first && index <= last && (!this.single || index === this.current);
	}

	/** Shows only steps `range.first` to `range.last`; the current step moves inside if outside. */
	restrict(range: StepRange): void {
		const whole = fullRange(this.count);
		const valid =
			Number.isInteger(range.first) &&
			Number.isInteger(range.last) &&
			range.first >= whole.first &&
			range.last <= whole.last &&
			range.first <= range.last;
		const next = valid ? range : whole;
		if (next.first === this.range.first && next.last === this.range.last) return;
		this.range = { first: next.first, last: next.last };
		if (clampToRange(this.current, this.range) !== this.current) this.go(this.range.first);
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

	/** The step a reader is moving to: during a scroll to a step, that step; else the current one. */
	get destination(): number {
		return this.#scrollingTo ?? this.current;
	}

	/** The observer saw a step arrive on (or leave) the reading line. */
	observed(index: number, onLine: boolean): void {
		if (!onLine) {
			this.#onLine.delete(index);
			return;
		}
		this.#onLine.add(index);
		if (this.#scrollingTo === null && index !== this.current) this.go(index);
	}

	go(index: number, options: GoOptions = {}): void {
		const next = clampToRange(index, this.range);
		const changed = next !== this.current;
		this.current = next;
		if (options.announce) {
			this.announcement = `${this.status(next)}: ${this.steps[next]!.label}`;
		}
		if (options.scroll && !this.paged) {
			this.#scrollTo(next, options.smooth ?? false, options.hold ?? 0);
		}
		if (changed || options.scroll) this.#syncHash();
	}

	#scrollTo(index: number, smooth: boolean, hold: number): void {
		const element = this.#elements.get(index);
		if (!element) return;
		this.#settle?.(true);
		this.#scrollingTo = index;
		// Until the scroll arrives, the steps it passes are ignored, so two quick presses of Next
		// move two steps. It ends on arrival, when the reader scrolls by hand, or after
		// a time limit; then the step on the reading line is current, whichever it is.
		// Only scrolling gestures end a jump: a press of Next itself must not end the previous one.
		// A held deep link also gives way to any click or key, so the reader is never pulled back.
		const interrupts = hold
			? (['wheel', 'touchmove', 'pointerdown', 'keydown'] as const)
			: (['wheel', 'touchmove'] as const);
		// `byScroll`: the reader ended the jump by scrolling (wheel, touch), not by a click or key.
		const done = (superseded = false, interrupted = false, byScroll = false) => {
			clearTimeout(timer);
			// A held deep link that the page has since pushed away (late layout) goes back into place.
			if (hold && !superseded && !interrupted && !arrived(element)) {
				element.scrollIntoView({ block: 'start', behavior: 'instant' });
			}
			window.removeEventListener('scrollend', onScrollEnd);
			for (const type of interrupts) window.removeEventListener(type, onInterrupt);
			if (this.#settle === done) this.#settle = null;
			this.#scrollingTo = null;
			if (superseded) return;
			// A click or key on a held deep link leaves its step current: the reader is acting on
			// that step, and late layout may have moved the one above onto the reading line without
			// the reader moving at all. Their next scroll moves the steps on as usual.
			if (interrupted && !byScroll) return;
			// Observer reports arrive a frame after the scroll; read the line once they are in.
			requestAnimationFrame(() =>
				requestAnimationFrame(() => {
					if (this.#scrollingTo !== null) return;
					if (this.#onLine.size && !this.#onLine.has(this.current)) {
						this.go(Math.min(...this.#onLine));
					}
				})
			);
		};
		// A scroll that a newer one interrupted also fires scrollend: only arrival counts.
		const onScrollEnd = () => (arrived(element) && !hold ? done() : undefined);
		const onInterrupt = (event: Event) =>
			done(false, true, event.type === 'wheel' || event.type === 'touchmove');
		const timer = setTimeout(() => done(), Math.max(hold, smooth ? 2000 : 200));
		window.addEventListener('scrollend', onScrollEnd);
		for (const type of interrupts) window.addEventListener(type, onInterrupt, { passive: true });
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
