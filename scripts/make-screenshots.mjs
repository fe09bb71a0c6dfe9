#!/usr/bin/env node
// Captures the web app manifest's screenshots from the real built site, in the light scheme:
//   static/screenshots/narrow.png  390×844, chapter 1 at "Round the table" (form_factor narrow)
//   static/screenshots/wide.png    1280×800, chapter 2 at "End to end, at the server", once the
//                                  server's ciphertext is on screen (form_factor wide)
// It builds nothing: it serves build/ with scripts/serve.mjs on port 4350. The outputs are
// committed (and precached for offline use, so keep them small); run again when the pages change.
// Usage: npm run build && node scripts/make-screenshots.mjs
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const PORT = 4350;
const ORIGIN = `http://localhost:${PORT}`;

const shots = [
	{
		path: 'static/screenshots/narrow.png',
		viewport: { width: 390, height: 844 },
		url: '/chapters/the-demand#round-the-table',
		ready: null
	},
	{
		path: 'static/screenshots/wide.png',
		viewport: { width: 1280, height: 800 },
		url: '/chapters/how-a-message-travels#e2ee-at-the-server',
		// The lab encrypts the reader's message in the page; wait for the real ciphertext.
		ready: () =>
			/^([0-9a-f]{2} )+/.test(
				document.querySelector('.journey code[data-hop="server"]')?.textContent ?? ''
			)
	}
];

if (!existsSync('build/index.html')) {
	console.error('make-screenshots: build/index.html not found. Run "npm run build" first.');
	process.exit(1);
}

/** Resolves once the server answers, or throws after a few seconds. */
async function waitForServer(server) {
	for (let i = 0; i < 50; i++) {
		if (server.exitCode !== null) throw new Error(`serve.mjs exited with ${server.exitCode}`);
		try {
			if ((await fetch(ORIGIN, { method: 'HEAD' })).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`nothing answered at ${ORIGIN}`);
}

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], {
	stdio: ['ignore', 'ignore', 'inherit']
});
let browser;
try {
	await waitForServer(server);
	await mkdir('static/screenshots', { recursive: true });
	browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	for (const { path, viewport, url, ready } of shots) {
		const context = await browser.newContext({
			viewport,
			deviceScaleFactor: 1,
			colorScheme: 'light',
			reducedMotion: 'reduce'
		});
		const page = await context.newPage();
		await page.goto(ORIGIN + url);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		if (ready) await page.waitForFunction(ready);
		await page.evaluate(() => document.fonts.ready);
		// The hash scrolls on load; let layout and any scroll-driven state settle.
		await page.waitForTimeout(300);
		await page.screenshot({ path, type: 'png' });
		await context.close();
		const { size } = await stat(path);
		console.log(`${path.padEnd(30)} ${size} bytes (${viewport.width}×${viewport.height})`);
	}
} finally {
	await browser?.close();
	server.kill();
}
