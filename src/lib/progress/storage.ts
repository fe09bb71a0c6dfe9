/**
 * The progress store: `localStorage` when the browser allows it, memory when it does not. No
 * method throws. Storage can fail at every step: reading `localStorage` at all (sandboxed
 * iframes throw SecurityError), writing (private modes and full storage throw QuotaExceededError),
 * or the data itself (corrupt, or from a newer Sealed). Once storage has failed, the store stays
 * in memory for the life of the page, so the reader keeps working and is told progress won't last.
 */
import { decode, isNewer } from './codec';
import { NOTICES } from './messages';
import { sanitize } from './sanitize';
import { emptyProgress, STORAGE_KEY, type Progress } from './schema';

/** Written and removed once per store, to learn before the reader does any work if saving works. */
const PROBE_KEY = 'sealed:probe';

export interface StoreStatus {
	/** False when progress lives only in this page's memory. */
	persistent: boolean;
	/** A sentence for the page when something about saving needs saying, else null. */
	notice: string | null;
}

export interface LoadResult extends StoreStatus {
	progress: Progress;
}

export interface ProgressStore {
	/** The current progress: stored (other tabs' changes included) or, failing that, in memory. */
	load(): LoadResult;
	/** Stores `progress`; false when it is kept only in memory. */
	save(progress: Progress): boolean;
	/** Where things stand after the last load, save or reset, without reading storage again. */
	status(): StoreStatus;
	/** Loads, applies `change`, saves and returns the result as kept. */
	update(change: (progress: Progress) => Progress): Progress;
	/** Forgets all progress and returns the empty progress. */
	reset(): Progress;
	/** Calls `listener` when another tab changes the stored progress; returns the unsubscribe. */
	subscribe(listener: (progress: Progress) => void): () => void;
}

const defaultStorage = (): Storage | null => globalThis.localStorage ?? null;

export function openStore(getStorage: () => Storage | null = defaultStorage): ProgressStore {
	/** The working copy: mirrors storage while it works, and carries on alone when it fails. */
	let memory: Progress = emptyProgress();
	/** Storage is unavailable or has thrown: memory only, for the life of the page. */
	let failed = false;
	let probed = false;
	/**
	 * What the stored data was when last seen. `newer` is never written over; `unreadable` is,
	 * by the next save, which is how corrupt data heals.
	 */
	let seen: 'fine' | 'unreadable' | 'newer' = 'fine';

	/** The storage, or null after a failure; asking for it can itself throw in sandboxed iframes. */
	function storage(): Storage | null {
		if (failed) return null;
		try {
			const found = getStorage();
			if (found) return found;
		} catch {
			// Falls through to failing below.
		}
		failed = true;
		return null;
	}

	function status(): StoreStatus {
		if (failed) return { persistent: false, notice: NOTICES.notKept };
		if (seen === 'newer') return { persistent: false, notice: NOTICES.newer };
		if (seen === 'unreadable') return { persistent: true, notice: NOTICES.unreadable };
		return { persistent: true, notice: null };
	}

	const current = (): LoadResult => ({ progress: memory, ...status() });

	/** Whether writes work, so the page can say so before the reader's first answer is lost. */
	function probe(store: Storage): boolean {
		probed = true;
		try {
			store.setItem(PROBE_KEY, '1');
			store.removeItem(PROBE_KEY);
			return true;
		} catch {
			return false;
		}
	}

	function load(): LoadResult {
		const store = storage();
		if (!store) return current();
		let text: string | null;
		try {
			text = store.getItem(STORAGE_KEY);
		} catch {
			failed = true;
			return current();
		}
		const read = decode(text);
		seen = read.problem ?? 'fine';
		// Newer data is not ours to read or replace: carry on from memory and leave it as it is.
		if (seen === 'newer') return current();
		memory = read.progress;
		// Reading may work while writing does not (old Safari private mode): keep what was read.
		if (!probed && !probe(store)) failed = true;
		return current();
	}

	function save(progress: Progress): boolean {
		try {
			// A clean deep copy: what is kept in memory is exactly what a reload would read back.
			memory = sanitize(progress);
		} catch {
			return false;
		}
		const store = storage();
		if (!store) return false;
		try {
			// Checked on every save, not only at load: a newer Sealed in another tab may have
			// written since this page read.
			if (isNewer(store.getItem(STORAGE_KEY))) {
				seen = 'newer';
				return false;
			}
			store.setItem(STORAGE_KEY, JSON.stringify(memory));
			seen = 'fine';
			return true;
		} catch {
			failed = true;
			return false;
		}
	}

	function update(change: (progress: Progress) => Progress): Progress {
		save(change(load().progress));
		return memory;
	}

	function reset(): Progress {
		memory = emptyProgress();
		try {
			// Tried even after a failure: when storage was only full, removing still works, and a
			// reset the next visit undid would surprise the reader. A newer Sealed's data stays.
			const store = getStorage();
			if (store) {
				seen = isNewer(store.getItem(STORAGE_KEY)) ? 'newer' : 'fine';
				if (seen === 'fine') store.removeItem(STORAGE_KEY);
			}
		} catch {
			failed = true;
		}
		return memory;
	}

	function subscribe(listener: (progress: Progress) => void): () => void {
		if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') {
			return () => {};
		}
		const target = window;
		const onStorage = (event: Event) => {
			const { key, storageArea } = event as StorageEvent;
			// A null key means another tab cleared the whole storage.
			if (key !== STORAGE_KEY && key !== null) return;
			// In memory only, this page's own copy is what the reader has: nothing to merge.
			if (failed) return;
			// sessionStorage changes fire the same event.
			if (storageArea && storageArea !== storage()) return;
			listener(load().progress);
		};
		target.addEventListener('storage', onStorage);
		return () => target.removeEventListener('storage', onStorage);
	}

	return { load, save, status, update, reset, subscribe };
}
