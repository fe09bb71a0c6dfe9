/**
 * The brute-force worker, for real: src/lib/backdoors/brute-force.worker.ts is bundled with Vite
 * (as the site build does) and run in a Node `worker_threads` Worker, behind a tiny shim that
 * gives it the two members of a browser worker's global scope it uses (postMessage and
 * addEventListener('message')). The page side is the real client helper, startBruteForce.
 */
import { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { randomBytes, toHex } from '$lib/crypto';
import { startBruteForce, type WorkerChannel } from '$lib/backdoors/brute-force-client';
import { createBruteForceHost } from '$lib/backdoors/brute-force-host';
import { parseFromWorker, type FromWorker } from '$lib/backdoors/brute-force-protocol';
import { candidateKey, sealWithKey, weakToJson } from '$lib/backdoors/weak-keys';

const SHIM = `
const { parentPort } = require('node:worker_threads');
globalThis.postMessage = (message) => parentPort.postMessage(message);
globalThis.addEventListener = (type, listener) => {
	if (type === 'message') parentPort.on('message', (data) => listener({ data }));
};
`;

let workerCode = '';
const started: Worker[] = [];

beforeAll(async () => {
	const output = (await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: false,
			target: 'node20',
			lib: { entry: 'src/lib/backdoors/brute-force.worker.ts', formats: ['es'], fileName: 'worker' }
		}
	})) as Rollup.RollupOutput[];
	const chunk = output[0]?.output[0];
	if (!chunk || chunk.type !== 'chunk') throw new Error('no worker bundle');
	// The worker imports nothing at run time, so the bundle also runs as a plain script.
	expect(chunk.imports).toEqual([]);
	workerCode = SHIM + chunk.code;
}, 30_000);

afterEach(async () => {
	await Promise.all(started.splice(0).map((worker) => worker.terminate()));
});

function nodeWorker(): { worker: Worker; channel: WorkerChannel } {
	const worker = new Worker(workerCode, { eval: true });
	started.push(worker);
	const channel: WorkerChannel = {
		post: (message) => worker.postMessage(message),
		onMessage: (listener) => worker.on('message', listener),
		onError: (listener) => worker.on('error', listener),
		terminate: () => void worker.terminate()
	};
	return { worker, channel };
}

describe('the brute-force worker in a Node worker thread', () => {
	it('recovers a random 20-bit key by searching a window of the key space', async () => {
		const key = randomBytes(32);
		const sealed = await sealWithKey(key, 20, 'twenty bits are not enough');
		const secret = key[31]! + key[30]! * 256 + (key[29]! & 0x0f) * 65536;
		// 16,384 keys (a 64th of the space) around the secret: a few seconds at most, here.
		const start = Math.floor(secret / 16384) * 16384;
		const progress: number[] = [];
		const run = startBruteForce(sealed, {
			start,
			end: start + 16384,
			createWorker: () => nodeWorker().channel,
			onProgress: (p) => {
				expect(p.total).toBe(16384);
				progress.push(p.tried);
			}
		});
		const outcome = await run.done;
		if (outcome.status !== 'found') throw new Error(outcome.status);
		expect(outcome.key).toBe(toHex(key));
		expect(outcome.text).toBe('twenty bits are not enough');
		expect(outcome.tried).toBeGreaterThan(secret - start);
		expect(outcome.rate).toBeGreaterThan(0);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
	}, 20_000);

	it('stops when cancelled, and says so itself', async () => {
		// The key is the last of 2^24 candidates: the search cannot end on its own in time.
		const sealed = await sealWithKey(candidateKey(randomBytes(32), 24, 2 ** 24 - 1), 24, 'x');
		let lastProgress = 0;
		let heard: () => void = () => {};
		const firstProgress = new Promise<void>((resolve) => (heard = resolve));
		const run = startBruteForce(sealed, {
			createWorker: () => nodeWorker().channel,
			// A long grace period: a result within it can only be the worker's own answer.
			cancelGraceMs: 60_000,
			onProgress: (p) => {
				lastProgress = p.tried;
				heard();
			}
		});
		await firstProgress;
		run.cancel();
		const outcome = await run.done;
		expect(outcome.status).toBe('cancelled');
		expect(outcome.tried).toBeGreaterThanOrEqual(lastProgress);
		expect(outcome.tried).toBeLessThan(2 ** 24);
	}, 20_000);

	it('ignores malformed messages and still answers a valid one', async () => {
		const { worker } = nodeWorker();
		const replies: FromWorker[] = [];
		worker.on('message', (data) => {
			const message = parseFromWorker(data);
			if (message) replies.push(message);
		});
		const sealed = await sealWithKey(candidateKey(randomBytes(32), 8, 200), 8, 'ok');
		const json = weakToJson(sealed);
		for (const junk of [
			null,
			'start',
			42,
			{ type: 'start' },
			{ type: 'start', bits: 9, sealed: json },
			{ type: 'start', bits: 8, sealed: { ...json, nonce: 'AA' } },
			{ type: 'start', bits: 8, sealed: json, start: 300 },
			{ type: 'start', bits: 8, sealed: json, start: 10, end: 5 },
			{ type: 'launch', bits: 8, sealed: json }
		]) {
			worker.postMessage(junk);
		}
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(replies).toEqual([]);
		const found = new Promise<FromWorker>((resolve) =>
			worker.on('message', (data) => {
				const message = parseFromWorker(data);
				if (message?.type === 'found') resolve(message);
			})
		);
		worker.postMessage({ type: 'start', bits: 8, sealed: json });
		expect(await found).toMatchObject({ type: 'found', text: 'ok' });
	}, 20_000);
});

describe('the worker host, in process', () => {
	it('runs one search at a time and reports in the protocol', async () => {
		const sealed = await sealWithKey(candidateKey(randomBytes(32), 10, 1000), 10, 'hello');
		const posted: FromWorker[] = [];
		let finish: () => void = () => {};
		const finished = new Promise<void>((resolve) => (finish = resolve));
		const handle = createBruteForceHost((message) => {
			posted.push(message);
			if (message.type !== 'progress') finish();
		});
		handle({ type: 'start', bits: 10, sealed: weakToJson(sealed) });
		handle({ type: 'start', bits: 10, sealed: weakToJson(sealed) });
		await finished;
		const ends = posted.filter((message) => message.type !== 'progress');
		expect(ends).toHaveLength(1);
		expect(ends[0]).toMatchObject({ type: 'found', text: 'hello', tried: 1024 });
		for (const message of posted) expect(parseFromWorker(message)).toEqual(message);
	});

	it("stops on 'cancel' and answers 'cancelled'", async () => {
		const sealed = await sealWithKey(candidateKey(randomBytes(32), 24, 2 ** 24 - 1), 24, 'x');
		const posted: FromWorker[] = [];
		let finish: () => void = () => {};
		const finished = new Promise<void>((resolve) => (finish = resolve));
		const handle = createBruteForceHost((message) => {
			posted.push(message);
			if (message.type !== 'progress') finish();
		});
		handle({ type: 'start', bits: 24, sealed: weakToJson(sealed) });
		await new Promise((resolve) => setTimeout(resolve, 150));
		handle({ type: 'cancel' });
		await finished;
		const last = posted.at(-1);
		expect(last?.type).toBe('cancelled');
		expect(last && 'tried' in last ? last.tried : 0).toBeGreaterThan(0);
		expect(last && 'tried' in last ? last.tried : Infinity).toBeLessThan(2 ** 24);
	});

	it('parseFromWorker refuses what the worker never sends', () => {
		expect(
			parseFromWorker({ type: 'found', key: 'zz', tried: 1, ms: 1, rate: 1, text: '' })
		).toBeNull();
		expect(parseFromWorker({ type: 'progress', tried: -1, total: 1, rate: 1 })).toBeNull();
		expect(parseFromWorker({ type: 'cancelled' })).toBeNull();
		expect(parseFromWorker([])).toBeNull();
		expect(parseFromWorker({ type: 'cancelled', tried: 5 })).toEqual({
			type: 'cancelled',
			tried: 5
		});
	});
});
