// What the service worker (src/service-worker.ts) stores for offline use, computed from build/:
// kit's `build` (the app's scripts and styles), `files` (static/) less the store screenshots, and
// `prerendered` (every page and its data). On disk that is every file in build/ except the
// screenshots, the service worker itself and _app/version.json, which it always fetches anew.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SKIPPED = new Set(['service-worker.js', join('_app', 'version.json')]);

/** Every precached file under `root`, with its size in bytes. */
export function precachedFiles(root = 'build', dir = root) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		const rel = relative(root, path);
		if (entry.isDirectory()) return rel === 'screenshots' ? [] : precachedFiles(root, path);
		if (SKIPPED.has(rel)) return [];
		return [{ path: `/${rel.split(sep).join('/')}`, bytes: statSync(path).size }];
	});
}

/** The count and total size of the precache. */
export function precacheTotal(root = 'build') {
	const files = precachedFiles(root);
	return { count: files.length, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
}
