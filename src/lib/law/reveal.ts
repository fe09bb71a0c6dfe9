/**
 * Scrolls the nearest scrolling box around `element` (never the page itself) just far enough to
 * show it. On a phone the sticky diagram panel is short and scrolls inside itself, so without this
 * the highlighted power or ruling could sit out of sight below the panel's edge.
 */
export function revealWithin(element: Element, smooth: boolean): void {
	let box = element.parentElement;
	while (box && box !== document.body && box !== document.documentElement) {
		const { overflowY } = getComputedStyle(box);
		const scrolls = overflowY === 'auto' || overflowY === 'scroll';
		if (scrolls && box.scrollHeight > box.clientHeight) break;
		box = box.parentElement;
	}
	if (!box || box === document.body || box === document.documentElement) return;
	const outer = box.getBoundingClientRect();
	const inner = element.getBoundingClientRect();
	const margin = 8;
	let delta = 0;
	if (inner.top < outer.top + margin) delta = inner.top - outer.top - margin;
	else if (inner.bottom > outer.bottom - margin) delta = inner.bottom - outer.bottom + margin;
	if (delta !== 0) box.scrollBy({ top: delta, behavior: smooth ? 'smooth' : 'instant' });
}
