/**
 * The page's side of the brute-force worker: start a search, hear its progress, cancel it. Plain
 * TypeScript for the browser (no Svelte). The worker is created lazily inside `startBruteForce`,
 * so importing this file during prerendering does nothing.
 *
 *   const run = startBruteForce(sealed, { onProgress: (p) => (tried = p.tried) });
 *   const outcome = await run.done;   // found | cancelled | exhausted
 *   run.cancel();                      // any time; resolves `done` with 'cancelled'
 */

import {
	parseFromWorker,
	type FromWorker,
	type StartMessage,
	type ToWorker
} from './brute-force-protocol';
import { weakToJson, type WeakSealed } from './weak-keys';
import workerUrl from './brute-force.worker.ts?worker&url';
import { trustedScriptUrl } from '$lib/security/trusted-types';

/** The little a search needs from a worker (the browser's Worker, or a test's adapter). */
export interface WorkerChannel {
	post(message: ToWorker): void;
	onMessage(listener: (data: unknown) => void): void;
	onError(listener: (error: unknown) => void): void;
	terminate(): void;
}

export type BruteForceProgressMessage = Extract<FromWorker, { type: 'progress' }>;

export type BruteForceOutcome =
	| {
			readonly status: 'found';
			/** The recovered key, hex. */
			readonly key: string;
			readonly tried: number;
			readonly ms: number;
			/** Keys per second the worker measured. */
			readonly rate: number;
			/** The decrypted message. */
			readonly text: string;
	  }
	| { readonly status: 'cancelled'; readonly tried: number }
	| { readonly status: 'exhausted'; readonly tried: number; readonly ms: number };

export interface BruteForceRun {
	/** Ask the worker to stop; `done` then resolves with 'cancelled'. */
	cancel(): void;
	readonly done: Promise<BruteForceOutcome>;
}

export interface StartOptions {
	readonly onProgress?: (progress: BruteForceProgressMessage) => void;
	readonly start?: number;
	readonly end?: number;
	/** Default: the module worker in brute-force.worker.ts. */
	readonly createWorker?: () => WorkerChannel;
	/** After `cancel()`, how long to wait for the worker's answer before terminating it. */
	readonly cancelGraceMs?: number;
}

/** The browser's module worker, wrapped as a channel. */
export function browserWorker(): WorkerChannel {
	// Vite bundles the worker and gives its URL; Trusted Types need that URL vouched for by our
	// policy (a plain `new Worker(new URL(...))` would be refused by the page's CSP).
	const worker = new Worker(trustedScriptUrl(workerUrl), { type: 'module' });
	return {
		post: (message) => worker.postMessage(message),
		onMessage: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
		onError: (listener) => {
			worker.addEventListener('error', (event) => listener(event));
			worker.addEventListener('messageerror', (event) => listener(event));
		},
		terminate: () => worker.terminate()
	};
}

/** Start a search for `sealed`'s key in a worker. */
export function startBruteForce(sealed: WeakSealed, options: StartOptions = {}): BruteForceRun {
	const worker = (options.createWorker ?? browserWorker)();
	let settled = false;
	let lastTried = 0;
	let graceTimer: ReturnType<typeof setTimeout> | undefined;
	let settle: (outcome: BruteForceOutcome) => void = () => {};
	let fail: (error: unknown) => void = () => {};
	const done = new Promise<BruteForceOutcome>((resolve, reject) => {
		settle = (outcome) => {
			if (settled) return;
			settled = true;
			clearTimeout(graceTimer);
			worker.terminate();
			resolve(outcome);
		};
		fail = (error) => {
			if (settled) return;
			settled = true;
			clearTimeout(graceTimer);
			worker.terminate();
			reject(error instanceof Error ? error : new Error('The brute-force worker failed'));
		};
	});
	worker.onMessage((data) => {
		const message = parseFromWorker(data);
		if (!message || settled) return;
		switch (message.type) {
			case 'progress':
				lastTried = message.tried;
				options.onProgress?.(message);
				break;
			case 'error':
				fail(new Error(message.message));
				break;
			case 'found':
				settle({
					status: 'found',
					key: message.key,
					tried: message.tried,
					ms: message.ms,
					rate: message.rate,
					text: message.text
				});
				break;
			case 'cancelled':
				settle({ status: 'cancelled', tried: message.tried });
				break;
			case 'exhausted':
				settle({ status: 'exhausted', tried: message.tried, ms: message.ms });
				break;
		}
	});
	worker.onError(fail);
	const start: StartMessage = {
		type: 'start',
		bits: sealed.bits,
		sealed: weakToJson(sealed),
		...(options.start === undefined ? {} : { start: options.start }),
		...(options.end === undefined ? {} : { end: options.end })
	};
	worker.post(start);
	return {
		cancel() {
			if (settled) return;
			worker.post({ type: 'cancel' });
			// A worker stuck in a long batch still stops: terminate it after a grace period.
			graceTimer = setTimeout(
				() => settle({ status: 'cancelled', tried: lastTried }),
				options.cancelGraceMs ?? 1000
			);
		},
		done
	};
}
