/**
 * What the page knows about working offline: whether the offline copy is ready (and its size),
 * whether a new version waits, and whether the device is online. Created by the root layout.
 */
import { getContext, setContext } from 'svelte';
import { registerServiceWorker, storedBytes, type ServiceWorkerControl } from '$lib/pwa/register';

export class PwaState {
	/** True once every page and file is stored and the service worker is in charge. */
	offlineReady = $state(false);
	storedBytes = $state<number | null>(null);
	updateWaiting = $state(false);
	online = $state(true);
	#control: ServiceWorkerControl | null = null;
	#measuring = false;

	async start(): Promise<void> {
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));
		this.#control = await registerServiceWorker({
			onUpdate: () => (this.updateWaiting = true),
			onReady: () => {
				this.offlineReady = true;
			}
		});
	}

	/**
	 * Add up what the offline copy takes, for the course map, the one page that shows it. Every
	 * stored file is read to count it, so other pages (a chapter being scrolled) never pay for it.
	 */
	async measureStorage(): Promise<void> {
		if (this.storedBytes !== null || this.#measuring) return;
		this.#measuring = true;
		this.storedBytes = await storedBytes();
	}

	check(): void {
		this.#control?.check();
	}

	apply(): void {
		this.#control?.apply();
	}
}

const key = Symbol('sealed-pwa');

export const setPwa = (state: PwaState): PwaState => setContext(key, state);

export const usePwa = (): PwaState => getContext<PwaState>(key);
