/**
 * Registers the service worker and reports when a new version is waiting. Plain TypeScript: the
 * root layout wires it to the page. Never registers inside an iframe: cross-site embeds are denied
 * service workers, and a teacher's page must not see an error because of us.
 */
import { pause } from '$lib/crypto/pause';
import { basePath } from '$lib/paths';
import { trustedScriptUrl } from '$lib/security/trusted-types';

export interface ServiceWorkerControl {
	/** Ask the server whether a newer Sealed exists (after navigations, on returning to the tab). */
	check(): void;
	/** Let the waiting version take over; the page reloads once when it does. */
	apply(): void;
}

interface Options {
	/** Called when a new version has installed and waits for the reader's go-ahead. */
	onUpdate: () => void;
	/** Called once the current version is fully stored and working offline. */
	onReady?: () => void;
}

export function canRegister(): boolean {
	return (
		typeof navigator !== 'undefined' &&
		'serviceWorker' in navigator &&
		typeof window !== 'undefined' &&
		window.top === window.self
	);
}

export async function registerServiceWorker(
	options: Options
): Promise<ServiceWorkerControl | null> {
	if (!canRegister()) return null;
	let registration: ServiceWorkerRegistration;
	try {
		// Under a base path (/sealed), the worker lives and rules below it: its scope is /sealed/.
		registration = await navigator.serviceWorker.register(
			trustedScriptUrl(`${basePath()}/service-worker.js`)
		);
	} catch (error) {
		console.warn('Sealed could not install its offline copy:', error);
		return null;
	}

	const hadController = Boolean(navigator.serviceWorker.controller);
	const watch = (worker: ServiceWorker | null) => {
		worker?.addEventListener('statechange', () => {
			// A new worker installed while an older one controls the page: an update is waiting.
			if (worker.state === 'installed' && navigator.serviceWorker.controller) options.onUpdate();
		});
	};
	if (registration.waiting && hadController) options.onUpdate();
	watch(registration.installing);
	registration.addEventListener('updatefound', () => watch(registration.installing));

	void navigator.serviceWorker.ready.then(() => options.onReady?.());

	let applying = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// Reload only when the reader asked: the first install also changes the controller.
		if (!applying) return;
		applying = false;
		location.reload();
	});

	return {
		check() {
			registration.update().catch(() => {
				// Offline or the server is away: try again at the next navigation.
			});
		},
		apply() {
			const waiting = registration.waiting;
			if (!waiting) return;
			applying = true;
			waiting.postMessage({ type: 'SKIP_WAITING' });
		}
	};
}

/** How much this site stores on the device, in bytes, where the browser can tell. */
export async function storedBytes(): Promise<number | null> {
	try {
		const keys = await caches.keys();
		let total = 0;
		for (const key of keys.filter((name) => name.startsWith('sealed-'))) {
			const cache = await caches.open(key);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				if (response) total += (await response.clone().blob()).size;
				// Some 180 files: a few at a time, so the page stays responsive meanwhile.
				await pause();
			}
		}
		return total;
	} catch {
		return null;
	}
}
