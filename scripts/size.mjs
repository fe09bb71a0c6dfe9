#!/usr/bin/env node
// Size check: builds the site and prints, for every prerendered page, the gzip size of
//  - "first": the JavaScript the HTML asks for first, the entry and its modulepreloads (the budget);
//  - "at load": everything fetched until the page is hydrated, measured in Chromium, which adds
//    the chunks hydration imports lazily, such as a chapter's prose, quiz and diagram code.
// Fails when a page is over either budget. Also prints what the service worker precaches for
// offline use (scripts/precache.mjs): files and bytes, on disk and gzipped. Sizes depend only on
// the build, so the figures are the same on every run of the same commit.
// Usage: npm run size [-- --no-build]
import { spawn, execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';
import { precachedFiles } from './precache.mjs';

const BUDGET_KB = 60;
// Everything a page fetches until it is ready, lazily loaded chapter code included. The target
// comes from the team's platform research (research/anchors-platform.md §0.5): at most 100 KB
// of gzipped JS on a chapter's first load.
const AT_LOAD_BUDGET_KB = 100;
const PORT = 4319;
const root = 'build';

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });
execSync('node scripts/ensure-chromium.mjs', { stdio: 'inherit' });

/** Every prerendered page, as the path a reader visits. */
function pagePaths(dir = root) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : pagePaths(path);
		if (!entry.name.endsWith('.html')) return [];
		const url = `/${relative(root, path).replace(/\.html$/, '')}`;
		return [url === '/index' ? '/' : url.replace(/\/index$/, '')];
	});
}

/** A prerendered page's HTML, by its path. */
function htmlOf(path) {
	const file = path === '/' ? 'index.html' : `${path.slice(1)}.html`;
	return readFileSync(join(root, file), 'utf8');
}

/** The scripts a page's HTML loads first: modulepreload links and the bootstrap's imports. */
function firstScripts(html) {
	const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
		.map((match) => match[0])
		.filter((tag) => /rel="modulepreload"/.test(tag))
		.map((tag) => /href="([^"]+)"/.exec(tag)?.[1]);
	const imports = [...html.matchAll(/import\("([^"]+)"\)/g)].map((match) => match[1]);
	return [...new Set([...preloads, ...imports].filter(Boolean))];
}

/** The CSS a page carries inside its HTML (the build inlines it: inlineStyleThreshold). */
function inlineCss(html) {
	return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
}

const gzipBytes = (path) => gzipSync(readFileSync(join(root, path)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 400));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

const rows = [];
try {
	for (const path of pagePaths().sort()) {
		const page = await browser.newPage();
		const assets = new Set();
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.port === String(PORT) && /\.(js|css)$/.test(url.pathname)) assets.add(url.pathname);
		});
		await page.goto(`http://localhost:${PORT}${path}`, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		const files = [...assets];
		const js = files.filter((file) => file.endsWith('.js'));
		const css = files.filter((file) => file.endsWith('.css'));
		const sum = (list) => list.reduce((total, file) => total + gzipBytes(file), 0);
		const html = htmlOf(path);
		rows.push({
			path,
			first: sum(firstScripts(html)),
			count: js.length,
			js: sum(js),
			// Inline CSS counted on its own, though it travels inside the HTML's compression.
			css: sum(css) + gzipSync(inlineCss(html), { level: 9 }).length
		});
		await page.close();
	}
} finally {
	await browser.close();
	server.kill();
}

const width = Math.max(...rows.map((row) => row.path.length), 4);
console.log(
	`${'page'.padEnd(width)}  first JS KB  at-load JS KB (files)  CSS KB   all gzip (CSS: inline + files); budgets ${BUDGET_KB} / ${AT_LOAD_BUDGET_KB} KB`
);
const over = (row) => row.first > BUDGET_KB * 1024 || row.js > AT_LOAD_BUDGET_KB * 1024;
for (const row of rows) {
	console.log(
		`${row.path.padEnd(width)}  ${kb(row.first).padStart(11)}  ${kb(row.js).padStart(13)} (${String(row.count).padStart(2)})    ${kb(row.css).padStart(5)}${over(row) ? '   OVER BUDGET' : ''}`
	);
}
const precache = precachedFiles(root);
const precacheBytes = precache.reduce((sum, file) => sum + file.bytes, 0);
const precacheGzip = precache.reduce((sum, file) => sum + gzipBytes(file.path.slice(1)), 0);
console.log(
	`precache: ${precache.length} files, ${kb(precacheBytes)} KB on disk, ${kb(precacheGzip)} KB gzip (what the service worker stores for offline reading)`
);
const failing = rows.filter(over);
if (failing.length) {
	console.error(`size: ${failing.length} page(s) over budget.`);
	process.exit(1);
}
console.log(
	`size: every page loads at most ${BUDGET_KB} KB of JS first and ${AT_LOAD_BUDGET_KB} KB by the time it is ready.`
);
