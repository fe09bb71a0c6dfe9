/**
 * Sealed's one Trusted Types policy, `sealed-script-url`. The pages' Content-Security-Policy
 * requires Trusted Types for scripts (`require-trusted-types-for 'script'`), so the browser
 * refuses a plain string or URL wherever a script is loaded from an address. Sealed does that in
 * two places, both its own files: registering the service worker and starting the brute-force
 * Web Worker. This policy vouches for exactly those: a script URL on this site's own origin,
 * below its base path, ending in `.js`, with no query or fragment. Anything else throws.
 *
 * Svelte brings its own policy (`svelte-trusted-html`); the CSP names the two, and no other
 * policy can be created. Browsers without Trusted Types get the checked URL as a plain string.
 */
import { basePath } from '$lib/paths';

/** What the DOM lib does not describe yet: the factory and a policy that makes script URLs. */
interface ScriptUrlPolicy {
	createScriptURL(url: string): object;
}
interface TrustedTypesFactory {
	createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

export const POLICY_NAME = 'sealed-script-url';

/**
 * The checked URL, as a string, or an error saying why it is not one of ours. `built`: whether
 * this is the built site (Vite's dev server serves workers from source, `worker.ts?worker_file`,
 * so in development the same origin suffices).
 */
export function checkScriptUrl(
	value: string,
	page: Pick<Location, 'href' | 'origin'>,
	built: boolean = !import.meta.env.DEV
): string {
	let url: URL;
	try {
		url = new URL(value, page.href);
	} catch {
		throw new TypeError(`Not a script address: ${value}`);
	}
	const below = `${basePath()}/`;
	if (
		url.origin !== page.origin ||
		(built &&
			(!url.pathname.startsWith(below) ||
				!url.pathname.endsWith('.js') ||
				url.search !== '' ||
				url.hash !== ''))
	) {
		throw new TypeError(`Refused to load a script from ${url.href}: not one of Sealed's own files`);
	}
	return url.href;
}

let policy: ScriptUrlPolicy | null | undefined;

/**
 * A URL for `new Worker()` or `serviceWorker.register()`: a TrustedScriptURL where the browser
 * enforces Trusted Types, the checked string elsewhere. Throws for anything but our own scripts.
 */
export function trustedScriptUrl(value: string | URL): string {
	const href = checkScriptUrl(String(value), location);
	if (policy === undefined) {
		const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
		policy =
			factory?.createPolicy(POLICY_NAME, {
				// Checked again here: whatever reaches the policy, only our own scripts pass.
				createScriptURL: (url) => checkScriptUrl(url, location)
			}) ?? null;
	}
	// A TrustedScriptURL stands in for the string: the DOM lib's types do not know the type yet.
	return policy ? (policy.createScriptURL(href) as unknown as string) : href;
}
