/**
 * Pure step navigation logic, shared by Scrolly, StepNav and the tests.
 * The "reading line" is where a step becomes current as it scrolls past: a fraction of the
 * viewport height from the top. It sits lower on narrow screens, below the sticky diagram.
 * Keep in step with `scroll-margin-top` of `.step` in Scrolly.svelte.
 */
export const READING_LINE = { wide: 0.5, narrow: 0.62 } as const;

/** Viewport width (CSS px) from which the diagram sits beside the prose instead of above it. */
export const WIDE_LAYOUT_MIN_WIDTH = 900;

export function clampStep(index: number, count: number): number {
	if (count <= 0) return 0;
	return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/** The steps a Scrolly shows, as indices, both included: all of them unless an embed asks for fewer. */
export interface StepRange {
	first: number;
	last: number;
}

/** Every step of a chapter of `count` steps. */
export const fullRange = (count: number): StepRange => ({ first: 0, last: Math.max(0, count - 1) });

/**
 * The range from step `from` to step `to` (ids). Either may be null or unknown: that end stays
 * the chapter's own. A `to` before `from` cannot be meant: the whole chapter, rather than nothing.
 */
export function rangeFromIds(
	ids: readonly string[],
	from: string | null,
	to: string | null
): StepRange {
	const whole = fullRange(ids.length);
	const first = from === null ? -1 : ids.indexOf(from);
	const last = to === null ? -1 : ids.indexOf(to);
	const range = {
		first: first === -1 ? whole.first : first,
		last: last === -1 ? whole.last : last
	};
	return range.last < range.first ? whole : range;
}

/** `index` moved to the nearest step inside `range`. */
export function clampToRange(index: number, range: StepRange): number {
	if (!Number.isFinite(index)) return range.first;
	return Math.min(Math.max(Math.trunc(index), range.first), range.last);
}

/** Index of the step a URL hash names (`#the-meeting`), or null if it names none. */
export function indexFromHash(ids: readonly string[], hash: string): number | null {
	let id = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		id = decodeURIComponent(id);
	} catch {
		return null;
	}
	const index = ids.indexOf(id);
	return index === -1 ? null : index;
}

/** "Step 3 of 8", the indicator's wording. */
export function stepStatus(index: number, count: number): string {
	return `Step ${index + 1} of ${count}`;
}

/**
 * Which way a key moves through the steps: +1, -1, or 0 for keys we leave alone.
 * Left/Right only: Up/Down keep scrolling the page as readers expect.
 */
export function keyDelta(event: {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
}): -1 | 0 | 1 {
	if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
	if (event.key === 'ArrowRight') return 1;
	if (event.key === 'ArrowLeft') return -1;
	return 0;
}

/** True for elements where arrow keys already mean something (text fields, radios, selects). */
export function ownsArrowKeys(target: EventTarget | null): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	const element = target as HTMLElement;
	if (element.isContentEditable) return true;
	return element.closest('input, textarea, select, [role="radiogroup"], [role="slider"]') !== null;
}

/** IntersectionObserver rootMargin that leaves a 1%-high band at the reading line. */
export function readingLineMargin(line: number): string {
	const top = Math.round(line * 100);
	return `-${top}% 0px -${Math.max(0, 99 - top)}% 0px`;
}
