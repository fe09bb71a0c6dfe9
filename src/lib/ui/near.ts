/**
 * Calls `load` once, when `element` comes within `margin` of the viewport (or at once where
 * IntersectionObserver is missing). For code that should arrive just before the reader does.
 * Returns the cleanup.
 */
export function whenNear(element: Element, margin: string, load: () => void): () => void {
	if (typeof IntersectionObserver === 'undefined') {
		load();
		return () => {};
	}
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			load();
		},
		{ rootMargin: `${margin} 0px` }
	);
	observer.observe(element);
	return () => observer.disconnect();
}
