#!/usr/bin/env node
// Benchmark (not a test): how smoothly each chapter scrolls on a slow phone. In Debian's Chromium
// with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), each chapter is loaded, left to
// settle, then scrolled from top to bottom at a reader's steady pace (a fixed speed in pixels
// per second). Prints, per chapter and viewport, the long tasks (over 50 ms, from a buffered
// PerformanceObserver 'longtask') that started while scrolling, the 95th-percentile frame time
// (gaps between animation frames) and the worst frame. The scrolling is Chromium's synthetic wheel gesture (see scrollToBottom), not scrollBy from a
// script: a reader's wheel scrolls on the compositor, and only the page's own work then costs
// frames, which is what this measures.
// Goals: no long task, p95 ≤ 16.7 ms (one frame at 60 Hz, give or take timestamp jitter).
//
// Timings vary between runs and machines: the script prints and marks them and exits 1 only when
// a run itself fails. It is part of `npm run bench`; alone:
// Usage: npm run bench:scroll [-- --pages /chapters/the-demand] [--no-build] [--port 4302]
//                             [--speed 1500] [--viewports phone,desktop]
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';
import {
	chapterSlugs,
	machineNote,
	mark,
	option,
	pagesOption,
	percentile,
	printTable,
	startServer
} from './bench-common.mjs';

const GOALS = { longTasks: 0, p95: 16.7 };
// Animation-frame timestamps are coarsened (to 0.1 ms) and jitter around 16.67 ms, so a page that
// draws every frame at 60 Hz reads 16.6–16.9 ms at the 95th percentile; a missed frame reads 33.
const FRAME_JITTER_MS = 0.3;
const THROTTLE = Number(option('cpu', 4));
const VIEWPORTS = {
	// Lighthouse's mobile preset screen (Moto G Power), at 1× so raster work stays comparable.
	phone: { width: 412, height: 823 },
	desktop: { width: 1350, height: 940 }
};

/** Runs in the page before its scripts: records every long task from the start. */
function recordLongTasks() {
	/** @type {{ start: number, duration: number }[]} */
	const tasks = [];
	Object.defineProperty(window, '__benchLongTasks', { value: tasks });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			tasks.push({ start: entry.startTime, duration: entry.duration });
		}
	}).observe({ type: 'longtask', buffered: true });
}

/** Runs in the page: records the gap between animation frames until `window.__benchStop`. */
function recordFrames() {
	const gaps = [];
	const start = performance.now();
	Object.defineProperty(window, '__benchFrames', { value: { start, gaps }, configurable: true });
	let last = start;
	const frame = (now) => {
		gaps.push(now - last);
		last = now;
		if (!window.__benchStop) requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

/**
 * Scrolls to the bottom like a reader with a mouse wheel or trackpad: Chromium's own synthetic
 * scroll gesture (CDP Input.synthesizeScrollGesture) at `speed` px/s, through the same input and
 * compositor path as a real wheel. Parts that load on the way can make the page longer, so it
 * goes on until the bottom stays put (or `limitMs` passes).
 */
async function scrollToBottom(page, cdp, viewport, speed, limitMs) {
	const started = Date.now();
	for (;;) {
		const left = await page.evaluate(
			() => document.documentElement.scrollHeight - window.scrollY - window.innerHeight
		);
		if (left <= 2 || Date.now() - started > limitMs) return;
		await cdp.send('Input.synthesizeScrollGesture', {
			x: Math.round(viewport.width / 2),
			y: Math.round(viewport.height / 2),
			yDistance: -left,
			speed,
			gestureSourceType: 'mouse',
			preventFling: true
		});
	}
}

/** Loads `url` throttled, waits for it to settle, scrolls it; the figures for one row. */
async function scrollPage(browser, url, viewport, speed) {
	const context = await browser.newContext({ viewport });
	try {
		const page = await context.newPage();
		const errors = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.addInitScript(recordLongTasks);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
			timeout: 30_000
		});
		// Let start-up work finish, as a reader would take a moment before scrolling; the service
		// worker's first download of the whole course too (a returning reader has it already).
		await page.evaluate(() =>
			Promise.race([
				navigator.serviceWorker?.ready,
				new Promise((resolve) => setTimeout(resolve, 20_000))
			])
		);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
		await page.evaluate(recordFrames);
		await scrollToBottom(page, cdp, viewport, speed, 90_000);
		await page.waitForTimeout(300);
		const scroll = await page.evaluate(() => {
			window.__benchStop = true;
			const { start, gaps } = window.__benchFrames;
			return { start, gaps: gaps.slice(1), height: document.documentElement.scrollHeight };
		});
		const tasks = await page.evaluate(() => window.__benchLongTasks);
		if (errors.length) throw new Error(`page error: ${errors[0]}`);
		const during = tasks.filter((task) => task.start >= scroll.start);
		return {
			longTasks: during.length,
			longest: Math.max(0, ...during.map((task) => task.duration)),
			loadTasks: tasks.length - during.length,
			p95: percentile(scroll.gaps, 95),
			worst: Math.max(...scroll.gaps),
			frames: scroll.gaps.length,
			height: scroll.height
		};
	} finally {
		await context.close();
	}
}

/**
 * Scrolls each page in `pages` (paths under `base`) in each viewport and prints a table.
 * Resolves to false when a run failed.
 */
export async function benchScroll({
	base,
	pages,
	speed = Number(option('speed', 1500)),
	viewports = option('viewports', 'phone,desktop').split(',')
}) {
	const started = Date.now();
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	const rows = [];
	let ok = true;
	try {
		for (const path of pages) {
			for (const name of viewports) {
				const viewport = VIEWPORTS[name];
				if (!viewport) throw new Error(`unknown viewport "${name}" (phone or desktop)`);
				process.stdout.write(`bench:scroll: ${path} (${name})…`);
				try {
					const r = await scrollPage(browser, base + path, viewport, speed);
					console.log(` ${r.frames} frames`);
					rows.push([
						path,
						name,
						mark(r.longTasks, r.longTasks <= GOALS.longTasks),
						r.longTasks ? `${Math.round(r.longest)} ms` : '–',
						mark(`${r.p95.toFixed(1)} ms`, r.p95 <= GOALS.p95 + FRAME_JITTER_MS),
						`${Math.round(r.worst)} ms`,
						String(r.loadTasks),
						`${Math.round(r.height / 1000)}k px`
					]);
				} catch (error) {
					ok = false;
					console.log(' failed');
					console.error(`bench:scroll: ${path}: ${error instanceof Error ? error.message : error}`);
					rows.push([path, name, 'run failed', '', '', '', '', '']);
				}
			}
		}
	} finally {
		await browser.close();
	}
	console.log(
		`\nScrolling top to bottom at ${speed} px/s, CPU ${THROTTLE}× slower; goals: ${GOALS.longTasks} long tasks, p95 frame ≤ ${GOALS.p95} ms`
	);
	printTable(
		[
			'chapter',
			'viewport',
			'long tasks',
			'longest',
			'p95 frame',
			'worst frame',
			'long tasks at load',
			'height'
		],
		rows
	);
	console.log(
		`Scroll part took ${((Date.now() - started) / 1000).toFixed(0)} s; ${machineNote()}.`
	);
	return ok;
}

// Run alone: build (unless --no-build), serve, scroll every chapter (or --pages).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	process.chdir(fileURLToPath(new URL('..', import.meta.url)));
	if (!process.argv.includes('--no-build')) {
		console.log('bench:scroll: building…');
		execSync('npm run build', { stdio: 'ignore' });
	}
	if (!existsSync('build/index.html')) {
		console.error('bench:scroll: build/index.html not found. Run "npm run build" first.');
		process.exit(1);
	}
	execSync('node scripts/ensure-chromium.mjs', { stdio: 'inherit' });
	const { base, stop } = await startServer(Number(option('port', 4302)));
	const ok = await benchScroll({
		base,
		pages: pagesOption(chapterSlugs().map((slug) => `/chapters/${slug}`))
	}).finally(stop);
	process.exit(ok ? 0 : 1);
}
