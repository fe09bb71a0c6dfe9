import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/**
 * A base path as SvelteKit wants it: '' or '/one/or/more/segments', with no trailing slash.
 * Anything else stops the build, rather than publishing a site whose links point nowhere.
 * @param {string | undefined} value
 */
function basePath(value) {
	const base = (value ?? '').trim().replace(/\/+$/, '');
	if (base === '') return '';
	if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(base)) {
		throw new Error(`BASE_PATH must look like /sealed (letters, digits, . _ ~ -), not "${value}"`);
	}
	return /** @type {`/${string}`} */ (base);
}

/**
 * A remark plugin for chapter prose: prefixes site links written from the root
 * (`[chapter 1](/chapters/the-demand)`) with the base path, as `resolve()` does in components.
 * @param {string} base
 */
function baseLinks(base) {
	/** @param {{ type: string, url?: string, children?: unknown[] }} node */
	const visit = (node) => {
		if (
			(node.type === 'link' || node.type === 'definition') &&
			typeof node.url === 'string' &&
			node.url.startsWith('/') &&
			!node.url.startsWith('//')
		) {
			node.url = base + node.url;
		}
		for (const child of node.children ?? []) visit(/** @type {typeof node} */ (child));
	};
	return () => visit;
}

const base = basePath(process.env.BASE_PATH);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.svx'],
	preprocess: [
		vitePreprocess(),
		mdsvex({ extensions: ['.svx'], remarkPlugins: base ? [baseLinks(base)] : [] })
	],
	compilerOptions: {
		// Runes everywhere we write Svelte. mdsvex output stays in auto mode: it emits
		// `<script context="module">`, which warns as deprecated when runes are forced.
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || filename.endsWith('.svx')
				? undefined
				: true
	},
	kit: {
		// SEALED_BUILD_DIR and SEALED_VERSION let the update test build a second version elsewhere.
		adapter: adapter({
			pages: process.env.SEALED_BUILD_DIR ?? 'build',
			assets: process.env.SEALED_BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true
		}),
		...(process.env.SEALED_VERSION ? { version: { name: process.env.SEALED_VERSION } } : {}),
		// Absolute asset URLs: the prerendered 404.html is served at any depth of URL.
		// BASE_PATH hosts the site under a sub-path, e.g. `BASE_PATH=/sealed npm run build` for
		// https://example.org/sealed/ (see docs/deploy.md); empty or unset: at the domain's root.
		paths: { relative: false, base },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes: 'fail' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// No 'unsafe-inline': every style is our own CSS (inlined in each page as one
				// <style>, whose hash Kit adds here, see inlineStyleThreshold), and diagrams
				// position shapes with SVG attributes rather than style attributes. The one
				// exception is SvelteKit's route announcer, which sets a fixed style attribute;
				// 'unsafe-hashes' plus its hash allows exactly that attribute value and no other.
				// (A kit upgrade that changes it shows up as a CSP violation in the e2e tests.)
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none'],
				// Trusted Types: no script can be loaded from an address, and no HTML or script
				// text reaches a DOM sink, unless one of these policies vouches for it: Svelte's
				// own, and ours (src/lib/security/trusted-types.ts), which admits only Sealed's own
				// script files, the service worker and the brute-force worker. Kit's
				// sveltekit-trusted-url is needed only when Kit registers the service worker
				// itself (its config check asks for it then); we register it by hand.
				'require-trusted-types-for': ['script'],
				'trusted-types': ['svelte-trusted-html', 'sealed-script-url']
			}
		},
		alias: { $content: 'content' },
		// Registered by hand (src/lib/pwa/register.ts): never inside an iframe, never in dev.
		serviceWorker: { register: false },
		// Every page's CSS goes inside its HTML, as a <style> whose hash the CSP lists, instead of
		// a dozen render-blocking files: on a slow phone link each file cost a round trip before
		// the first paint. Pages reached later by client-side navigation still fetch CSS files.
		inlineStyleThreshold: Infinity
	}
};

export default config;
