/** Other tabs' changes reach this one through the `storage` event, via the same safe read. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	emptyProgress,
	NOTICES,
	openStore,
	STORAGE_KEY,
	withStep,
	type Progress
} from '$lib/progress';
import { FakeStorage, fixture, storageEvent } from './support';

const at = new Date('2026-03-05T10:00:00.000Z');
const other = (): Progress => withStep(emptyProgress(), 'the-demand', 'a-secret-place', at);

/** A minimal `window` for node: an EventTarget is all `subscribe` needs. */
function stubWindow(): EventTarget {
	const target = new EventTarget();
	vi.stubGlobal('window', target);
	return target;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('subscribe', () => {
	it('calls the listener with the new progress when another tab writes the key', () => {
		const win = stubWindow();
		const storage = new FakeStorage();
		const store = openStore(() => storage);
		const listener = vi.fn();
		store.subscribe(listener);

		storage.items.set(STORAGE_KEY, JSON.stringify(other()));
		win.dispatchEvent(storageEvent(STORAGE_KEY, storage));

		expect(listener).toHaveBeenCalledTimes(1);
		expect(listener).toHaveBeenCalledWith(other());
	});

	it('ignores other keys and other storage areas', () => {
		const win = stubWindow();
		const storage = new FakeStorage();
		const listener = vi.fn();
		openStore(() => storage).subscribe(listener);

		win.dispatchEvent(storageEvent('someone-else', storage));
		win.dispatchEvent(storageEvent(STORAGE_KEY, new FakeStorage()));

		expect(listener).not.toHaveBeenCalled();
	});

	it('reads a cleared storage (key null) as empty progress', () => {
		const win = stubWindow();
		const storage = new FakeStorage();
		const store = openStore(() => storage);
		store.save(other());
		const listener = vi.fn();
		store.subscribe(listener);

		storage.clear();
		win.dispatchEvent(storageEvent(null, storage));

		expect(listener).toHaveBeenCalledWith(emptyProgress());
	});

	it('goes through the safe read: corrupt or newer data never reaches the listener', () => {
		const win = stubWindow();
		const storage = new FakeStorage();
		const store = openStore(() => storage);
		store.save(other());
		const listener = vi.fn();
		store.subscribe(listener);

		storage.items.set(STORAGE_KEY, fixture('corrupt.txt'));
		win.dispatchEvent(storageEvent(STORAGE_KEY, storage));
		storage.items.set(STORAGE_KEY, fixture('future-v9.json'));
		win.dispatchEvent(storageEvent(STORAGE_KEY, storage));

		expect(listener.mock.calls).toEqual([[emptyProgress()], [emptyProgress()]]);
		expect(store.load().notice).toBe(NOTICES.newer);
	});

	it('stops after unsubscribing', () => {
		const win = stubWindow();
		const storage = new FakeStorage();
		const listener = vi.fn();
		const unsubscribe = openStore(() => storage).subscribe(listener);
		unsubscribe();
		win.dispatchEvent(storageEvent(STORAGE_KEY, storage));
		expect(listener).not.toHaveBeenCalled();
	});

	it('stays quiet once the store works in memory only', () => {
		const win = stubWindow();
		const storage = new FakeStorage();
		const store = openStore(() => storage);
		storage.failWrites = 'QuotaExceededError';
		store.save(other());
		const listener = vi.fn();
		store.subscribe(listener);
		win.dispatchEvent(storageEvent(STORAGE_KEY, storage));
		expect(listener).not.toHaveBeenCalled();
	});

	it('is a no-op where there is no window', () => {
		const unsubscribe = openStore(() => new FakeStorage()).subscribe(() => {});
		expect(() => unsubscribe()).not.toThrow();
	});
});
