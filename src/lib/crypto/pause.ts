/**
 * Sharing the main thread. WebCrypto settles small digests, imports and decryptions without ever
 * leaving the microtask queue, so a loop of thousands (safety numbers, a brute-force search, the
 * backdoor matrix) runs as one task that freezes scrolling until it ends. Loops await `pause()`
 * between steps: it returns at once while the current slice of time lasts, and once it has run
 * for SLICE_MS it waits for a fresh task, so the browser can draw a frame and handle input.
 *
 * One slice is shared by every loop on the thread: when several run side by side (the matrix
 * tries every party at once), all of them wait together, so no task outlasts the slice by much.
 */

/** How long one task may run before giving way: half a frame at 60 Hz. */
export const SLICE_MS = 8;

const now = () => performance.now();

let sliceStart = now();
let waiting: Promise<void> | null = null;

/** A fresh task: scheduler.yield() where the browser has it, else a zero timeout. */
function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves at once inside the current slice; after SLICE_MS, in a later task. */
export function pause(): Promise<void> {
	if (waiting) return waiting;
	if (now() - sliceStart < SLICE_MS) return Promise.resolve();
	waiting = nextTask().then(() => {
		waiting = null;
		sliceStart = now();
	});
	return waiting;
}
