/**
 * Whether links to the rest of the site open in a new tab: in an embed they do, so a student
 * never leaves the teacher's page, and the embed never turns into the whole site inside its frame.
 * Components that link (citations, glossary terms) say so in their accessible names.
 */
import { getContext, setContext } from 'svelte';

const key = Symbol('sealed-links-new-tab');

/** Called by the embed layout. */
export function setLinksOpenNewTab(): void {
	setContext(key, true);
}

export function linksOpenNewTab(): boolean {
	return getContext<boolean | undefined>(key) ?? false;
}

/** For links in prose, which no component renders: opens `event`'s link in a new tab if it leaves the page. */
export function sendLinkToNewTab(event: MouseEvent): void {
	const target = event.target as Element | null;
	const link = typeof target?.closest === 'function' ? target.closest('a[href]') : null;
	if (!(link instanceof HTMLAnchorElement) || link.target) return;
	let url: URL;
	try {
		url = new URL(link.href, location.href);
	} catch {
		return;
	}
	// A link within the page (#a-step) stays.
	if (url.origin === location.origin && url.pathname === location.pathname) return;
	// Set before the router sees the click: it leaves links with a target to the browser.
	link.target = '_blank';
	link.rel = 'noopener';
}
