import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

// A site hosted below the root of someone else's domain: one `BASE_PATH=/sealed` build, served
// at /sealed/ as a host would serve it, visited online and then with the server gone.
const PORT = Number(process.env.SEALED_E2E_PORT ?? 4173) + 2;
const ORIGIN = `http://localhost:${PORT}`;
const BASE = '/sealed';
const DIR = 'test-results/build-sealed';

function serve(): Promise<ChildProcess> {
	const args = ['scripts/serve.mjs', '--port', String(PORT), '--dir', DIR, '--base', BASE];
	const server = spawn('node', args, { stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		server.stdout!.once('data', () => resolve(server));
		server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
}

function stop(server: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (server.exitCode !== null) return resolve();
		server.once('exit', () => resolve());
		server.kill();
	});
}

/** Every address the page links to or loads from its own site (links, scripts, styles, icons). */
async function ownAddresses(page: Page): Promise<string[]> {
	const addresses = await page.evaluate(() =>
		[
			...[...document.querySelectorAll('a[href], link[href]')].map(
				(element) => (element as HTMLAnchorElement | HTMLLinkElement).href
			),
			...[...document.querySelectorAll('script[src], img[src], iframe[src]')].map(
				(element) => (element as HTMLScriptElement).src
			)
		].filter(Boolean)
	);
	return addresses.filter((address) => new URL(address).origin === ORIGIN);
}

test.describe(`a site built for ${BASE}`, () => {
	test.describe.configure({ mode: 'serial', timeout: 120_000 });
	// A missing page answers 404, which Chromium logs for the document itself.
	test.use({ expectedConsoleErrors: ['404 (Not Found)'] });

	let server: ChildProcess;
	test.beforeAll(async () => {
		test.setTimeout(300_000);
		rmSync(DIR, { recursive: true, force: true });
		execFileSync('npx', ['vite', 'build'], {
			env: { ...process.env, BASE_PATH: BASE, SEALED_BUILD_DIR: DIR, SEALED_ORIGIN: ORIGIN },
			stdio: 'ignore'
		});
		server = await serve();
	});
	test.afterAll(async () => {
		if (server) await stop(server);
	});

	test('keeps every link, asset, embed code and the manifest below the sub-path', async ({
		page,
		request
	}) => {
		// The bare sub-path goes to the home page, inside the service worker's scope.
		await page.goto(`${ORIGIN}${BASE}`);
		await expect(page).toHaveURL(`${ORIGIN}${BASE}/`);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sealed');
		for (const address of await ownAddresses(page)) {
			expect(new URL(address).pathname, address).toMatch(/^\/sealed\//);
		}

		await page.getByRole('link', { name: 'The demand' }).first().click();
		await expect(page).toHaveURL(`${ORIGIN}${BASE}/chapters/the-demand`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The demand');
		for (const address of await ownAddresses(page)) {
			expect(new URL(address).pathname, address).toMatch(/^\/sealed\//);
		}

		// oEmbed discovery, the oEmbed file and the embed code in it all name the sub-path.
		const oembed = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
		expect(oembed).toBe(`${ORIGIN}${BASE}/oembed/the-demand.json`);
		const { html } = (await (await request.get(oembed!)).json()) as { html: string };
		expect(html).toContain(`src="${ORIGIN}${BASE}/embed/the-demand?quiz=1&amp;theme=auto"`);
		expect(html).toContain(`src="${ORIGIN}${BASE}/embed.js"`);
		expect((await request.get(`${ORIGIN}${BASE}/embed.js`)).status()).toBe(200);

		// The embed: its link to the whole chapter stays below the sub-path.
		await page.goto(`${ORIGIN}${BASE}/embed/the-demand`);
		await hydrated(page);
		const open = page.locator('a.open');
		expect(new URL((await open.getAttribute('href'))!, ORIGIN).pathname).toBe(
			`${BASE}/chapters/the-demand`
		);

		// The manifest's addresses are relative to it, so they land below the sub-path too.
		const manifestUrl = `${ORIGIN}${BASE}/manifest.webmanifest`;
		const manifest = (await (await request.get(manifestUrl)).json()) as {
			start_url: string;
			scope: string;
			icons: { src: string }[];
		};
		expect(new URL(manifest.start_url, manifestUrl).href).toBe(`${ORIGIN}${BASE}/`);
		expect(new URL(manifest.scope, manifestUrl).href).toBe(`${ORIGIN}${BASE}/`);
		for (const icon of manifest.icons) {
			const url = new URL(icon.src, manifestUrl);
			expect(url.pathname).toMatch(/^\/sealed\/icons\//);
			expect((await request.get(url.href)).status(), url.href).toBe(200);
		}

		// The embed code a teacher copies from /teach.
		await page.goto(`${ORIGIN}${BASE}/teach`);
		await hydrated(page);
		await expect(page.getByLabel('Embed code')).toHaveValue(
			new RegExp(`src="${ORIGIN}${BASE}/embed/[^"]+"[\\s\\S]*src="${ORIGIN}${BASE}/embed\\.js"`)
		);
		// The preview loads as the teacher reaches it.
		await page.locator('section.preview').scrollIntoViewIfNeeded();
		const preview = page.getByTestId('embed-preview');
		await expect(preview).toHaveAttribute('src', /./);
		expect(new URL((await preview.getAttribute('src'))!, ORIGIN).pathname).toMatch(
			/^\/sealed\/embed\//
		);
		await expect(preview.contentFrame().locator('h1')).toHaveCount(1);

		// A page that does not exist gets the site's own 404 page, styled and working.
		const missing = await page.goto(`${ORIGIN}${BASE}/no-such-page`);
		expect(missing?.status()).toBe(404);
		await hydrated(page);
		await expect(page.getByRole('link', { name: 'Sources' }).first()).toHaveAttribute(
			'href',
			`${BASE}/sources`
		);
	});

	test('installs its service worker below the sub-path and works with the server gone', async ({
		page
	}) => {
		await page.goto(`${ORIGIN}${BASE}/`);
		await hydrated(page);
		await expect(page.locator('[data-offline-ready]')).toContainText('Ready to read offline', {
			timeout: 60_000
		});
		const { scope, controlled, cached } = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			const paths: string[] = [];
			for (const key of await caches.keys()) {
				for (const request of await (await caches.open(key)).keys()) {
					paths.push(new URL(request.url).pathname);
				}
			}
			return {
				scope: registration.scope,
				controlled: Boolean(navigator.serviceWorker.controller),
				cached: paths
			};
		});
		expect(scope).toBe(`${ORIGIN}${BASE}/`);
		expect(controlled).toBe(true);
		for (const path of [`${BASE}/`, `${BASE}/chapters/the-demand`, `${BASE}/404`]) {
			expect(cached, path).toContain(path);
		}
		expect(cached.filter((path) => !path.startsWith(`${BASE}/`))).toEqual([]);
		expect(cached).not.toContain(`${BASE}/_headers`);
		expect(cached.filter((path) => path.includes('/screenshots/'))).toEqual([]);

		await stop(server);
		await page.reload();
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sealed');
		await page.getByRole('link', { name: 'The demand' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The demand');
		const response = await page.goto(`${ORIGIN}${BASE}/glossary`);
		expect(response?.ok()).toBe(true);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
		// An address that never existed still gets the 404 page, from the cache.
		const missing = await page.goto(`${ORIGIN}${BASE}/no-such-page`);
		expect(missing?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveCount(1);
	});
});
