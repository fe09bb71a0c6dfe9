/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Sealed's service worker: after one visit, every page, script, style and icon is on the device,
 * so the whole course works with no network. Precached files are served cache-first from a cache
 * named by the build's version; an update installs beside the old one and waits until the reader
 * chooses to reload (never skipWaiting on its own), so nobody is left with a mix of two builds.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `sealed-${version}`;
// Every path below carries the base path of a BASE_PATH build ('' at the root, else e.g. /sealed).
// Not precached: store screenshots (only install dialogs fetch them, online), and the static
// host's _headers file, which hosts that read it do not serve (a 404 would fail the install).
const SKIPPED = (file: string) =>
	file.startsWith(`${base}/screenshots/`) || file === `${base}/_headers`;
const ASSETS = [...build, ...files.filter((file) => !SKIPPED(file)), ...prerendered];
const PRECACHED = new Set(ASSETS);
const NOT_FOUND = `${base}/404`;
/** The home page, as prerendered lists it: `/`, or `/sealed/` under a base path. */
const HOME = `${base}/`;

/** The precache key for a request's path: no trailing slash, except the home page's own. */
function cacheKey(pathname: string): string {
	if (pathname === base || pathname === HOME) return HOME;
	return pathname.replace(/\/$/, '');
}

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith('sealed-') && key !== CACHE) await caches.delete(key);
			}
			// Take charge of pages opened before this worker existed, so they work offline too.
			await sw.clients.claim();
		})()
	);
});

// The page's "Reload" button asks the waiting worker to take over.
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

/** The prerendered 404 page, with the status a missing page should have. */
async function notFound(cache: Cache): Promise<Response> {
	const page = await cache.match(NOT_FOUND);
	if (!page) return Response.error();
	return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// SvelteKit asks for version.json to learn whether a newer build is out: always the network.
	if (url.pathname.endsWith('/_app/version.json')) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const path = cacheKey(url.pathname);
			if (PRECACHED.has(path)) {
				// ignoreSearch: client navigation adds ?x-sveltekit-invalidated=… to data requests.
				const hit = await cache.match(path, { ignoreSearch: true });
				if (hit) return hit;
			}
			try {
				return await fetch(request);
			} catch (error) {
				if (request.mode === 'navigate') return notFound(cache);
				throw error;
			}
		})()
	);
});
