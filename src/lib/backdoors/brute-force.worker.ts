/**
 * The brute-force search off the main thread, so the page stays responsive while the reader's
 * device tries keys. Vite bundles it from its `?worker&url` import in brute-force-client.ts, which
 * starts it through the Trusted Types policy; the protocol is in brute-force-protocol.ts.
 */

import { createBruteForceHost } from './brute-force-host';
import type { FromWorker } from './brute-force-protocol';

/** The two things this file needs from a dedicated worker's global scope. */
interface WorkerScope {
	postMessage(message: FromWorker): void;
	addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

// A cast rather than the "webworker" lib: the project compiles against the DOM lib, and this
// file only needs these two members of the worker's global scope.
const scope = globalThis as unknown as WorkerScope;
const handle = createBruteForceHost((message) => scope.postMessage(message));
scope.addEventListener('message', (event) => handle(event.data));
