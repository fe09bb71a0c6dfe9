import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentCheck } from './src/lib/content/build-check.ts';

export default defineConfig({
	plugins: [contentCheck(), sveltekit()],
	// Rolldown's per-plugin timing report is noise here: kit's prerender dominates by design.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	server: { port: 5173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
