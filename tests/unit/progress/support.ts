/** Test doubles for the progress tests: an in-memory Storage, storage events and the fixtures. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads tests/fixtures/progress/<name> as text. */
export function fixture(name: string): string {
	return readFileSync(
		fileURLToPath(new URL(`../../fixtures/progress/${name}`, import.meta.url)),
		'utf8'
	);
}

export const fixtureJson = (name: string): unknown => JSON.parse(fixture(name));

/** A `Storage` kept in a Map, with switches to make writes fail the ways browsers do. */
export class FakeStorage implements Storage {
	readonly items = new Map<string, string>();
	/** When set, every setItem throws an error with this name (e.g. QuotaExceededError). */
	failWrites: string | null = null;
	/** When set, getItem throws too. */
	failReads = false;
	writes = 0;

	[name: string]: unknown;

	get length(): number {
		return this.items.size;
	}

	key(index: number): string | null {
		return [...this.items.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
		return this.items.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		if (this.failWrites) throw new DOMException('Cannot write', this.failWrites);
		this.writes += 1;
		this.items.set(key, String(value));
	}

	removeItem(key: string): void {
		this.items.delete(key);
	}

	clear(): void {
		this.items.clear();
	}
}

/** A `storage` event as another tab's write would fire it (node has no StorageEvent). */
export function storageEvent(key: string | null, storageArea?: Storage): Event {
	return Object.assign(new Event('storage'), { key, storageArea: storageArea ?? null });
}
