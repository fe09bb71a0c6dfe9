#!/usr/bin/env node
// Captures docs/screenshot.png (the README's picture) from the real built site.
// Usage: npm run build && node scripts/screenshot.mjs
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const PORT = 4321;
const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 400));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`http://localhost:${PORT}/chapters/the-demand#round-the-table`);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.waitForTimeout(300);
	await page.screenshot({ path: 'docs/screenshot.png' });
	console.log('wrote docs/screenshot.png');
} finally {
	await browser.close();
	server.kill();
}
