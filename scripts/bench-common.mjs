// Helpers shared by the benchmarks (scripts/bench.mjs, scripts/bench-scroll.mjs): the pages to
// measure, command-line options, the static server, medians and the ✓/✗ marks.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

/** Chapter slugs in course order, from content/chapters/NN-slug. */
export function chapterSlugs() {
	return readdirSync('content/chapters', { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && /^\d+-/.test(entry.name))
		.map((entry) => entry.name)
		.sort()
		.map((name) => name.replace(/^\d+-/, ''));
}

/** The value after `--name`, or `fallback`. */
export function option(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? fallback : process.argv[i + 1];
}

/** `--pages a,b` as a list of paths (each given a leading slash), or `fallback`. */
export function pagesOption(fallback) {
	const list = option('pages', null);
	if (!list) return fallback;
	return list
		.split(',')
		.map((page) => page.trim())
		.filter(Boolean)
		.map((page) => (page.startsWith('/') ? page : `/${page}`));
}

/** A positive whole number from `--name`, or `fallback`; exits on anything else. */
export function countOption(name, fallback) {
	const value = Number(option(name, fallback));
	if (!Number.isInteger(value) || value < 1) {
		console.error(`--${name} must be a whole number of at least 1.`);
		process.exit(2);
	}
	return value;
}

/**
 * Serves build/ with scripts/serve.mjs on `port`; resolves once it answers. `stop()` ends it.
 * Rejects if the server exits first (a port in use, no build).
 */
export async function startServer(port) {
	const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const stop = () => child.exitCode === null && child.kill();
	const base = `http://localhost:${port}`;
	for (let attempt = 0; attempt < 50; attempt++) {
		if (child.exitCode !== null) {
			throw new Error(`the server exited (code ${child.exitCode}): ${stderr.trim()}`);
		}
		try {
			const response = await fetch(base, { method: 'HEAD', signal: AbortSignal.timeout(1000) });
			if (response.ok) return { base, stop };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	stop();
	throw new Error(`the server did not answer on ${base}`);
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The `p`th percentile (0–100) of a list, nearest rank. */
export function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** A figure followed by ✓ when it meets its goal, ✗ when not. */
export const mark = (text, ok) => `${text} ${ok ? '✓' : '✗'}`;

/** Prints rows (arrays of cells) as a table: first column left-aligned, the rest right-aligned. */
export function printTable(header, rows) {
	const widths = header.map((cell, i) =>
		Math.max([...cell].length, ...rows.map((row) => [...String(row[i])].length))
	);
	const pad = (cell, i) => {
		const text = String(cell);
		const gap = ' '.repeat(widths[i] - [...text].length);
		return i === 0 ? text + gap : gap + text;
	};
	console.log(header.map(pad).join('  '));
	for (const row of rows) console.log(row.map(pad).join('  '));
}

/**
 * The machine's load, to print beside timings: other work on the same cores (a test run, a
 * build) slows every figure, and a reader of the numbers needs to know.
 */
export function machineNote() {
	const cores = availableParallelism();
	const load = loadavg()[0];
	const busy = load > cores ? ' (busy: more runnable work than cores, timings will read high)' : '';
	return `machine: ${cores} cores, load average ${load.toFixed(1)} over the last minute${busy}`;
}
