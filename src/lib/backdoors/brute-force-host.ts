/**
 * The worker's side of the brute-force protocol, kept apart from the worker file so it can be
 * driven directly: give it a way to post messages, and feed it whatever arrives. One search runs
 * at a time (a second 'start' during a search is ignored); 'cancel' aborts it between batches.
 */

import { fromUtf8, toHex } from '../crypto';
import { bruteForce, keysPerSecond } from './brute-force';
import { parseToWorker, type FromWorker, type ParsedStart } from './brute-force-protocol';

async function run(
	message: ParsedStart,
	signal: AbortSignal,
	post: (message: FromWorker) => void
): Promise<void> {
	try {
		const result = await bruteForce(message.sealed, message.bits, {
			signal,
			start: message.start,
			end: message.end,
			onProgress: ({ tried, total, rate }) => post({ type: 'progress', tried, total, rate })
		});
		switch (result.status) {
			case 'found':
				post({
					type: 'found',
					key: toHex(result.key),
					tried: result.tried,
					ms: result.ms,
					rate: keysPerSecond(result.tried, result.ms),
					text: fromUtf8(result.plaintext)
				});
				break;
			case 'cancelled':
				post({ type: 'cancelled', tried: result.tried });
				break;
			case 'exhausted':
				post({ type: 'exhausted', tried: result.tried, ms: result.ms });
				break;
		}
	} catch (error) {
		post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
}

/** Returns the handler for incoming message data. */
export function createBruteForceHost(post: (message: FromWorker) => void): (data: unknown) => void {
	let running: AbortController | null = null;
	return (data) => {
		const message = parseToWorker(data);
		if (!message) return;
		if (message.type === 'cancel') {
			running?.abort();
			return;
		}
		if (running) return;
		const controller = new AbortController();
		running = controller;
		void run(message, controller.signal, post).finally(() => {
			if (running === controller) running = null;
		});
	};
}
