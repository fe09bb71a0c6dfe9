/** The store against a fake Storage: round trips and every way storage fails. */
import { describe, expect, it } from 'vitest';
import {
	emptyProgress,
	NOTICES,
	openStore,
	STORAGE_KEY,
	withAnswer,
	withStep,
	type Progress
} from '$lib/progress';
import { fixture, fixtureJson, FakeStorage } from './support';

const at = new Date('2026-03-05T10:00:00.000Z');
const someProgress = (): Progress =>
	withAnswer(
		withStep(emptyProgress(), 'the-demand', 'a-secret-place', at),
		'the-demand',
		'q',
		1,
		at
	);

const stored = (storage: FakeStorage): unknown =>
	JSON.parse(storage.items.get(STORAGE_KEY) ?? 'null');

describe('with working storage', () => {
	it('starts empty, persistent and quiet', () => {
		expect(openStore(() => new FakeStorage()).load()).toEqual({
			progress: emptyProgress(),
			persistent: true,
			notice: null
		});
	});

	it('round-trips progress through one key, as the versioned object', () => {
		const storage = new FakeStorage();
		expect(openStore(() => storage).save(someProgress())).toBe(true);
		expect([...storage.items.keys()]).toEqual([STORAGE_KEY]);
		expect(stored(storage)).toEqual(someProgress());
		// A fresh store, as on the next visit.
		expect(openStore(() => storage).load().progress).toEqual(someProgress());
	});

	it('updates by loading, changing and saving', () => {
		const storage = new FakeStorage();
		const store = openStore(() => storage);
		const result = store.update((p) => withStep(p, 'the-demand', 'a-secret-place', at));
		expect(result.chapters['the-demand']?.step).toBe('a-secret-place');
		expect(stored(storage)).toEqual(result);
	});

	it('sees another tab’s writes on the next load or update', () => {
		const storage = new FakeStorage();
		const store = openStore(() => storage);
		store.load();
		openStore(() => storage).save(someProgress());
		const result = store.update((p) => withStep(p, 'keys', 'one', at));
		expect(Object.keys(result.chapters)).toEqual(['the-demand', 'keys']);
	});

	it('reads a stored version-1 blob as version 3', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, fixture('v1.json'));
		const { progress, notice } = openStore(() => storage).load();
		expect(progress.version).toBe(3);
		expect(progress.chapters['the-demand']?.step).toBe('access-not-a-ban');
		expect(notice).toBeNull();
	});

	it('reads a stored version-2 blob as version 3 with nothing lost, and saves it as such', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, fixture('v2.json'));
		const store = openStore(() => storage);
		const v2 = fixtureJson('v2.json') as Record<string, unknown>;
		expect(store.load()).toEqual({
			progress: { ...v2, version: 3 },
			persistent: true,
			notice: null
		});
		store.update((p) => p);
		expect(stored(storage)).toEqual({ ...v2, version: 3 });
	});

	it('resets: removes the key and starts empty', () => {
		const storage = new FakeStorage();
		const store = openStore(() => storage);
		store.save(someProgress());
		expect(store.reset()).toEqual(emptyProgress());
		expect(storage.items.has(STORAGE_KEY)).toBe(false);
		expect(store.load().progress).toEqual(emptyProgress());
	});

	it('leaves no probe key behind', () => {
		const storage = new FakeStorage();
		openStore(() => storage).load();
		expect(storage.length).toBe(0);
	});
});

describe('with corrupt data', () => {
	it('starts afresh with a notice, and the next save writes clean data', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, fixture('corrupt.txt'));
		const store = openStore(() => storage);
		expect(store.load()).toEqual({
			progress: emptyProgress(),
			persistent: true,
			notice: NOTICES.unreadable
		});
		expect(store.save(someProgress())).toBe(true);
		expect(stored(storage)).toEqual(someProgress());
		expect(store.load()).toEqual({ progress: someProgress(), persistent: true, notice: null });
	});

	it('keeps the valid parts of wrongly shaped data, quietly', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, fixture('wrong-shapes.json'));
		const { progress, notice } = openStore(() => storage).load();
		expect(progress.chapters['how-a-message-travels']?.best).toEqual({ score: 3, max: 4 });
		expect(notice).toBeNull();
	});
});

describe('with data from a newer Sealed', () => {
	it('uses defaults with a notice, and never writes over the stored data', () => {
		const storage = new FakeStorage();
		const newer = fixture('future-v9.json');
		storage.items.set(STORAGE_KEY, newer);
		const store = openStore(() => storage);

		expect(store.load()).toEqual({
			progress: emptyProgress(),
			persistent: false,
			notice: NOTICES.newer
		});
		expect(store.save(someProgress())).toBe(false);
		const updated = store.update((p) => withStep(p, 'keys', 'one', at));
		store.reset();

		expect(storage.items.get(STORAGE_KEY)).toBe(newer);
		// The reader can still work through the page, in memory.
		expect(updated.chapters['the-demand']?.answers).toEqual({ q: 1 });
		expect(updated.chapters.keys?.step).toBe('one');
	});

	it('refuses to save when a newer Sealed wrote after this page loaded', () => {
		const storage = new FakeStorage();
		const store = openStore(() => storage);
		store.load();
		storage.items.set(STORAGE_KEY, fixture('future-v9.json'));
		expect(store.save(someProgress())).toBe(false);
		expect(stored(storage)).toEqual(fixtureJson('future-v9.json'));
	});
});

describe('when the browser blocks storage', () => {
	const throwing = () => {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	};

	it('works in memory when even asking for localStorage throws (sandboxed iframe)', () => {
		const store = openStore(throwing);
		expect(store.load()).toEqual({
			progress: emptyProgress(),
			persistent: false,
			notice: NOTICES.notKept
		});
		expect(store.save(someProgress())).toBe(false);
		expect(store.load().progress).toEqual(someProgress());
		const updated = store.update((p) => withStep(p, 'keys', 'one', at));
		expect(store.load().progress).toEqual(updated);
		expect(store.reset()).toEqual(emptyProgress());
		expect(store.load()).toEqual({
			progress: emptyProgress(),
			persistent: false,
			notice: NOTICES.notKept
		});
	});

	it('works in memory when there is no localStorage at all', () => {
		const { persistent, notice } = openStore(() => null).load();
		expect({ persistent, notice }).toEqual({ persistent: false, notice: NOTICES.notKept });
	});

	it('uses the default getter safely where localStorage is missing (node)', () => {
		expect(openStore().load().persistent).toBe(false);
	});

	it('works in memory when reading throws', () => {
		const storage = new FakeStorage();
		storage.failReads = true;
		const store = openStore(() => storage);
		expect(store.load().notice).toBe(NOTICES.notKept);
		expect(store.save(someProgress())).toBe(false);
		expect(store.load().progress).toEqual(someProgress());
	});

	it('keeps what was stored when reading works but writing does not', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, JSON.stringify(someProgress()));
		storage.failWrites = 'QuotaExceededError';
		expect(openStore(() => storage).load()).toEqual({
			progress: someProgress(),
			persistent: false,
			notice: NOTICES.notKept
		});
	});
});

describe('when storage fills up', () => {
	it('switches to memory on QuotaExceededError, and later loads return the memory copy', () => {
		const storage = new FakeStorage();
		const store = openStore(() => storage);
		expect(store.load().persistent).toBe(true);

		storage.failWrites = 'QuotaExceededError';
		expect(store.save(someProgress())).toBe(false);
		expect(store.load()).toEqual({
			progress: someProgress(),
			persistent: false,
			notice: NOTICES.notKept
		});
		// Stays in memory even once writes would work again: the reader was told it won't last.
		storage.failWrites = null;
		const updated = store.update((p) => withStep(p, 'keys', 'one', at));
		expect(store.load().progress).toEqual(updated);
		expect(storage.items.has(STORAGE_KEY)).toBe(false);
	});

	it('still removes stored progress on reset, so the next visit does not bring it back', () => {
		const storage = new FakeStorage();
		const store = openStore(() => storage);
		store.save(someProgress());
		storage.failWrites = 'QuotaExceededError';
		store.save(emptyProgress());
		store.reset();
		expect(storage.items.has(STORAGE_KEY)).toBe(false);
	});
});

describe('status', () => {
	it('reports the state after the last load, save or reset without reading storage', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, fixture('corrupt.txt'));
		const store = openStore(() => storage);
		expect(store.status()).toEqual({ persistent: true, notice: null });
		store.load();
		expect(store.status()).toEqual({ persistent: true, notice: NOTICES.unreadable });
		store.save(someProgress());
		expect(store.status()).toEqual({ persistent: true, notice: null });

		storage.items.set(STORAGE_KEY, fixture('future-v9.json'));
		store.save(someProgress());
		expect(store.status()).toEqual({ persistent: false, notice: NOTICES.newer });

		storage.failReads = true;
		store.load();
		expect(store.status()).toEqual({ persistent: false, notice: NOTICES.notKept });
	});

	it('clears the unreadable notice when a reset removes the corrupt data', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, fixture('corrupt.txt'));
		const store = openStore(() => storage);
		store.load();
		store.reset();
		expect(storage.items.has(STORAGE_KEY)).toBe(false);
		expect(store.status()).toEqual({ persistent: true, notice: null });
	});

	it('uses the status for every load', () => {
		const storage = new FakeStorage();
		storage.items.set(STORAGE_KEY, fixture('future-v9.json'));
		const store = openStore(() => storage);
		const { progress, ...rest } = store.load();
		expect(progress).toEqual(emptyProgress());
		expect(rest).toEqual(store.status());
	});
});
