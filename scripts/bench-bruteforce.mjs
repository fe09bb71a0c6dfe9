#!/usr/bin/env node
// Benchmark (not a test): how many keys per second the brute-force search tries in Node, and how
// long the chapter 4 matrix takes with its defaults. The engine ($lib/backdoors) is bundled with
// Vite into memory and imported, so this times exactly the code the site ships. The browser's own
// rate (the figure the chapter shows) is measured on the page; this is Node's, for comparison.
// Usage: node scripts/bench-bruteforce.mjs [bits=16] [runs=5]
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const bits = Number(process.argv[2] ?? 16);
const runs = Number(process.argv[3] ?? 5);

const [output] = await build({
	configFile: false,
	logLevel: 'silent',
	build: {
		write: false,
		minify: false,
		target: 'node20',
		lib: { entry: 'src/lib/backdoors/index.ts', formats: ['es'], fileName: 'backdoors' }
	}
});
const code = output.output[0].code;
const engine = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The key is the last candidate, so every run tries the whole space: 2^bits decryptions.
const key = crypto.getRandomValues(new Uint8Array(32));
const sealed = await engine.sealWithKey(
	engine.candidateKey(key, bits, 2 ** bits - 1),
	bits,
	'Meet at the square at six and bring the banner: free the protesters!'
);
const rates = [];
for (let i = 0; i < runs; i++) {
	const result = await engine.bruteForce(sealed, bits);
	rates.push(engine.keysPerSecond(result.tried, result.ms));
}
const rate = median(rates);
console.log(`brute force, ${bits} bits, ${runs} runs: median ${Math.round(rate)} keys/s`);
console.log(`  runs: ${rates.map((r) => Math.round(r)).join(', ')}`);
for (const size of [20, 40, 56, 128]) {
	const { expectedSeconds, worstSeconds } = engine.extrapolate(rate, size);
	console.log(
		`  ${size}-bit key at this rate: expected ${engine.formatDuration(expectedSeconds)}, ` +
			`worst ${engine.formatDuration(worstSeconds)}`
	);
}

const world = await engine.createWorld();
const times = [];
for (let i = 0; i < runs; i++) {
	const start = performance.now();
	await engine.computeMatrix(world, engine.MATRIX_DEFAULTS);
	times.push(performance.now() - start);
}
console.log(`computeMatrix (defaults), ${runs} runs: median ${Math.round(median(times))} ms`);
console.log(`  runs: ${times.map((t) => Math.round(t)).join(', ')}`);
