#!/usr/bin/env node
// Benchmark (not a test): how much Sealed stores for offline use, and how long storing it takes
// on a local server. Needs a build (npm run build). Prints the precache total from the build
// and, measured in Chromium, the time from opening the course map until the offline copy is
// complete, over a few fresh visits.
// Usage: node scripts/bench-offline.mjs [--runs 5]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';
import { precacheTotal } from './precache.mjs';

const PORT = 4360;
const runsIndex = process.argv.indexOf('--runs');
const RUNS = runsIndex === -1 ? 5 : Number(process.argv[runsIndex + 1]);

if (!existsSync('build/service-worker.js')) {
	console.error('bench-offline: build/service-worker.js not found. Run "npm run build" first.');
	process.exit(1);
}

const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 400));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const times = [];
let stored = 0;
try {
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const start = Date.now();
		await page.goto(`http://localhost:${PORT}/`);
		stored = await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			let total = 0;
			for (const key of await caches.keys()) {
				const cache = await caches.open(key);
				for (const request of await cache.keys()) {
					const response = await cache.match(request);
					total += response ? (await response.blob()).size : 0;
				}
			}
			return total;
		});
		times.push(Date.now() - start);
		await context.close();
	}
} finally {
	await browser.close();
	server.kill();
}

const { bytes: total, count } = precacheTotal();
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(
	`precache: ${count} files, ${(total / 1_000_000).toFixed(2)} MB on disk (goal: under 2 MB)`
);
console.log(`stored in the browser's cache: ${(stored / 1_000_000).toFixed(2)} MB`);
console.log(
	`open / until the offline copy is complete, local server, ${RUNS} fresh visits: median ${median} ms (min ${sorted[0]}, max ${sorted.at(-1)})`
);
