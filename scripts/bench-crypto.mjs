#!/usr/bin/env node
// Benchmark (not a test): how long the browser takes for the cryptography Sealed runs, timed
// inside Debian's Chromium on the built site, with crypto.subtle called directly:
//   (a) one X25519 key agreement (deriveBits);
//   (b) agreement + HKDF-SHA-256 to an AES-256-GCM key + encrypting a 40-byte message;
//   (c) all of (b) plus generating the two X25519 key pairs.
// Each figure is over RUNS runs after WARMUP unmeasured ones. The page is the site's own home page,
// served from localhost, so it is a secure context exactly as readers get it.
// Usage: node scripts/bench-crypto.mjs   (build the site first: npm run build)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

// Paths below are relative to the repository, wherever the script is started from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const PORT = 4340;
const BASE = `http://localhost:${PORT}/`;
const RUNS = 50;
const WARMUP = 5;

if (!existsSync('build/index.html')) {
	console.error('bench-crypto: build/index.html not found. Run "npm run build" first.');
	process.exit(1);
}
if (!existsSync(chromiumPath)) {
	console.error(
		`bench-crypto: no Chromium at ${chromiumPath}. Run "node scripts/ensure-chromium.mjs".`
	);
	process.exit(1);
}

/** Starts the static server and resolves once it answers, or rejects if it exits first. */
function startServer() {
	const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const ready = (async () => {
		for (let attempt = 0; attempt < 50; attempt++) {
			if (child.exitCode !== null) {
				const reason = stderr.split('\n').find((line) => line.startsWith('Error')) ?? stderr;
				throw new Error(`the server exited (code ${child.exitCode}): ${reason.trim()}`);
			}
			try {
				if ((await fetch(BASE, { method: 'HEAD', signal: AbortSignal.timeout(1000) })).ok) return;
			} catch {
				// Not listening yet.
			}
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		throw new Error(`the server did not answer on ${BASE}`);
	})();
	return { child, ready };
}

/**
 * Runs in the page. Returns, for every measured run, the three durations in milliseconds.
 * Kept self-contained: Playwright serialises this function's source into the page.
 */
async function measure({ runs, warmup }) {
	const subtle = crypto.subtle;
	const info = new TextEncoder().encode('sealed/bench/aes-key');
	const salt = new Uint8Array(32);
	const message = new TextEncoder().encode('Meet me by the library at four, by the d');
	if (message.length !== 40) throw new Error(`message is ${message.length} bytes, not 40`);

	async function once() {
		const t0 = performance.now();
		const alice = await subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']);
		const bob = await subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']);
		const t1 = performance.now();
		const shared = await subtle.deriveBits(
			{ name: 'X25519', public: bob.publicKey },
			alice.privateKey,
			256
		);
		const t2 = performance.now();
		const ikm = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
		const aesKey = await subtle.deriveKey(
			{ name: 'HKDF', hash: 'SHA-256', salt, info },
			ikm,
			{ name: 'AES-GCM', length: 256 },
			false,
			['encrypt']
		);
		const iv = crypto.getRandomValues(new Uint8Array(12));
		const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 128 }, aesKey, message);
		const t3 = performance.now();
		if (sealed.byteLength !== 40 + 16) throw new Error('unexpected ciphertext length');
		return { agreement: t2 - t1, agreeAndSeal: t3 - t1, total: t3 - t0 };
	}

	for (let i = 0; i < warmup; i++) await once();
	const results = [];
	for (let i = 0; i < runs; i++) results.push(await once());
	return { results, isolated: globalThis.crossOriginIsolated === true };
}

function summary(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
	const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
	return { median: at(0.5), p95: at(0.95), min: sorted[0], mean };
}

// Something else on the port would be benchmarked silently in the server's place.
const portTaken = await fetch(BASE, { method: 'HEAD', signal: AbortSignal.timeout(2000) }).then(
	() => true,
	// Refused means free; a connection that never answers means taken.
	(error) => error?.name === 'TimeoutError'
);
if (portTaken) {
	console.error(`bench-crypto: port ${PORT} is already in use. Stop what is serving there first.`);
	process.exit(1);
}

const { child: server, ready } = startServer();
let browser;
let failed = false;
try {
	await ready;
	browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	const page = await browser.newPage();
	// Why: without cross-origin isolation Chromium coarsens performance.now() to 0.1 ms, about the
	// size of what is measured. The site's server sends no COOP/COEP headers (the site needs none),
	// so the benchmark adds them to its own copy of the responses to get 5 µs timer resolution.
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		await route.fulfill({
			response,
			headers: {
				...response.headers(),
				'cross-origin-opener-policy': 'same-origin',
				'cross-origin-embedder-policy': 'require-corp'
			}
		});
	});
	// Let the page finish loading and hydrating first, so its own work does not share the timings.
	await page.goto(BASE, { waitUntil: 'networkidle' });
	const secure = await page.evaluate(() => window.isSecureContext);
	if (!secure) throw new Error(`${BASE} is not a secure context; crypto.subtle is unavailable`);
	const { results, isolated } = await page.evaluate(measure, { runs: RUNS, warmup: WARMUP });

	const rows = [
		['(a) X25519 agreement (deriveBits)', results.map((r) => r.agreement)],
		['(b) agreement + HKDF + AES-GCM encrypt', results.map((r) => r.agreeAndSeal)],
		['(c) (b) + two X25519 key pairs', results.map((r) => r.total)]
	];
	const fmt = (ms) => ms.toFixed(3).padStart(8);
	const width = Math.max(...rows.map(([label]) => label.length));
	console.log(`Chromium ${browser.version()} · ${RUNS} runs after ${WARMUP} warm-up · times in ms`);
	console.log(`${'operation'.padEnd(width)}   median      p95      min     mean`);
	for (const [label, values] of rows) {
		const { median, p95, min, mean } = summary(values);
		console.log(`${label.padEnd(width)} ${fmt(median)} ${fmt(p95)} ${fmt(min)} ${fmt(mean)}`);
	}
	if (!isolated) {
		console.log(
			'(The page was not cross-origin isolated, so Chromium rounded performance.now() to 0.1 ms.)'
		);
	}
} catch (error) {
	failed = true;
	console.error(`bench-crypto: ${error instanceof Error ? error.message : String(error)}`);
} finally {
	await browser?.close();
	server.kill();
}
process.exitCode = failed ? 1 : 0;
