#!/usr/bin/env node
// Benchmark (not a test): Lighthouse 12 with its default mobile preset (a mid-range phone on a
// slow 4G link, simulated throttling) on the course map, every chapter, /teach and one embed.
// For each page it prints the median of N runs of the performance, accessibility, best-practices
// and SEO scores and of LCP, TBT and CLS, each marked ✓ or ✗ against the goals below. It then
// measures one chapter again with JavaScript disabled and prints the LCP ratio (with JS / without),
// which shows how much the scripts delay the first reading of a chapter.
//
// Scores and timings vary from run to run and from machine to machine, so this script prints and
// marks them and never fails on a figure: it exits 1 only when a run itself fails (Lighthouse
// throws or reports a runtime error, the server does not start). Deterministic budgets are
// enforced elsewhere (scripts/size.mjs).
//
// Chromium is Debian's (scripts/chromium-path.mjs), launched with puppeteer-core, which
// Lighthouse depends on and which its Node API takes as a page: `lighthouse(url, flags, config,
// page)`. Each run gets a fresh tab; Lighthouse itself clears the cache and storage (the service
// worker too) before loading. The no-JS run disables scripting on its tab before the load.
//
// Usage: npm run bench [-- --runs 3] [--pages /,/chapters/the-demand] [--no-js-page <path>]
//                      [--no-build] [--port 4301] [--no-scroll]
// It then runs the scroll benchmark (scripts/bench-scroll.mjs) on the same server, unless
// --no-scroll; the same --pages choose its chapters.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';
import {
	chapterSlugs,
	countOption,
	machineNote,
	mark,
	median,
	option,
	pagesOption,
	printTable,
	startServer
} from './bench-common.mjs';
import { benchScroll } from './bench-scroll.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const GOALS = { score: 100, lcp: 1500, tbt: 50, cls: 0.01, noJsRatio: 1.15 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const slugs = chapterSlugs();
const RUNS = countOption('runs', 3);
const PORT = Number(option('port', 4301));
const PAGES = pagesOption([
	'/',
	...slugs.map((slug) => `/chapters/${slug}`),
	'/teach',
	`/embed/${slugs[0]}`
]);
const NO_JS_PAGE = option(
	'no-js-page',
	PAGES.find((page) => page.startsWith('/chapters/')) ?? `/chapters/${slugs[0]}`
);

if (!process.argv.includes('--no-build')) {
	console.log('bench: building…');
	execSync('npm run build', { stdio: 'ignore' });
}
if (!existsSync('build/index.html')) {
	console.error('bench: build/index.html not found. Run "npm run build" first.');
	process.exit(1);
}
execSync('node scripts/ensure-chromium.mjs', { stdio: 'inherit' });

/** One Lighthouse run of `url` in a fresh tab; the figures this bench prints. */
async function audit(browser, url, { javaScript = true } = {}) {
	const page = await browser.newPage();
	try {
		const flags = { logLevel: 'error', output: 'json', onlyCategories: CATEGORIES };
		// Without JavaScript: every script file is refused, so the page never hydrates; what is left
		// is the prerendered HTML and CSS (the few inline lines that start the app fail at once).
		// Disabling scripting on the tab instead stops Lighthouse itself, which needs the debugger.
		if (!javaScript) flags.blockedUrlPatterns = ['*.js'];
		const result = await lighthouse(url, flags, undefined, page);
		const lhr = result?.lhr;
		if (!lhr) throw new Error('Lighthouse returned no report');
		if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		// The latest report of each page, for a closer look (bench-results/ is not committed).
		const name = `${javaScript ? '' : 'nojs-'}${new URL(url).pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}`;
		writeFileSync(`bench-results/lhr-${name}.json`, JSON.stringify(lhr));
		const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
		const numeric = (id) => lhr.audits[id]?.numericValue ?? NaN;
		return {
			perf: score('performance'),
			a11y: score('accessibility'),
			bp: score('best-practices'),
			seo: score('seo'),
			lcp: numeric('largest-contentful-paint'),
			tbt: numeric('total-blocking-time'),
			cls: numeric('cumulative-layout-shift'),
			// Main-thread script evaluation, to confirm the no-JS run really ran none.
			scriptMs: numeric('bootup-time'),
			warnings: lhr.runWarnings ?? []
		};
	} finally {
		await page.close();
	}
}

/** Median of each figure over `runs` runs. */
async function measure(browser, url, runs, options) {
	const results = [];
	for (let run = 0; run < runs; run++) results.push(await audit(browser, url, options));
	const keys = ['perf', 'a11y', 'bp', 'seo', 'lcp', 'tbt', 'cls', 'scriptMs'];
	const figures = Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r[key]))]));
	return { ...figures, runs: results };
}

console.log(machineNote());
const started = Date.now();
let failed = false;
mkdirSync('bench-results', { recursive: true });
const { base, stop } = await startServer(PORT);
const browser = await puppeteer.launch({
	executablePath: chromiumPath,
	headless: true,
	args: chromiumArgs,
	defaultViewport: null
});
const rows = [];
const summary = { runs: RUNS, pages: {}, noJs: null };
try {
	for (const path of PAGES) {
		process.stdout.write(`bench: ${path} ×${RUNS}…`);
		const stepStart = Date.now();
		try {
			const figures = await measure(browser, base + path, RUNS);
			summary.pages[path] = figures;
			rows.push([
				path,
				mark(figures.perf, figures.perf >= GOALS.score),
				mark(figures.a11y, figures.a11y >= GOALS.score),
				mark(figures.bp, figures.bp >= GOALS.score),
				mark(figures.seo, figures.seo >= GOALS.score),
				mark(`${(figures.lcp / 1000).toFixed(2)} s`, figures.lcp <= GOALS.lcp),
				mark(`${Math.round(figures.tbt)} ms`, figures.tbt <= GOALS.tbt),
				mark(figures.cls.toFixed(3), figures.cls <= GOALS.cls)
			]);
			const warnings = new Set(figures.runs.flatMap((run) => run.warnings));
			console.log(` ${((Date.now() - stepStart) / 1000).toFixed(0)} s`);
			for (const warning of warnings) console.log(`  warning: ${warning}`);
		} catch (error) {
			failed = true;
			console.log(' failed');
			console.error(`bench: ${path}: ${error instanceof Error ? error.message : error}`);
			rows.push([path, 'run failed', '', '', '', '', '', '']);
		}
	}

	let noJs = null;
	process.stdout.write(`bench: ${NO_JS_PAGE} without JavaScript ×${RUNS}…`);
	try {
		const withJs = summary.pages[NO_JS_PAGE] ?? (await measure(browser, base + NO_JS_PAGE, RUNS));
		const without = await measure(browser, base + NO_JS_PAGE, RUNS, { javaScript: false });
		noJs = { page: NO_JS_PAGE, withJs: withJs.lcp, without: without.lcp };
		summary.noJs = { ...noJs, scriptMsWithout: without.scriptMs };
		console.log(' done');
		if (without.scriptMs > 50) {
			console.log(
				`  warning: the no-JS run still spent ${Math.round(without.scriptMs)} ms in scripts`
			);
		}
	} catch (error) {
		failed = true;
		console.log(' failed');
		console.error(`bench: no-JS run: ${error instanceof Error ? error.message : error}`);
	}

	console.log(
		`\nLighthouse ${RUNS === 1 ? '(1 run)' : `(median of ${RUNS} runs)`}, mobile preset; goals: scores ${GOALS.score}, LCP ≤ ${GOALS.lcp / 1000} s, TBT ≤ ${GOALS.tbt} ms, CLS ≤ ${GOALS.cls}`
	);
	printTable(['page', 'perf', 'a11y', 'bp', 'seo', 'LCP', 'TBT', 'CLS'], rows);
	if (noJs) {
		const ratio = noJs.withJs / noJs.without;
		console.log(
			`\nLCP with / without JavaScript on ${noJs.page}: ${(noJs.withJs / 1000).toFixed(2)} s / ${(noJs.without / 1000).toFixed(2)} s = ${mark(ratio.toFixed(2), ratio <= GOALS.noJsRatio)} (goal ≤ ${GOALS.noJsRatio})`
		);
	}
	console.log(
		`Lighthouse part took ${((Date.now() - started) / 1000).toFixed(0)} s; ${machineNote()}.`
	);

	writeFileSync('bench-results/lighthouse.json', JSON.stringify(summary, null, '\t'));

	if (!process.argv.includes('--no-scroll')) {
		const chapters = PAGES.filter((page) => page.startsWith('/chapters/'));
		const ok = await benchScroll({ base, pages: chapters });
		if (!ok) failed = true;
	}
} finally {
	await browser.close();
	stop();
}
process.exit(failed ? 1 : 0);
