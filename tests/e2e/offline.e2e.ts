import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, hydrated, reachQuiz, test, watch } from './fixtures';

// Each test serves its own copy of the site on its own port, so it can stop the server.
const PORTS = { offline: 4390, control: 4391, update: 4392, missing: 4393 } as const;

function serve(dir: string, port: number): Promise<ChildProcess> {
	const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--dir', dir], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
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

/** Every prerendered page of a build, as the path a reader visits. */
function pagePaths(root: string, dir = root): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : pagePaths(root, path);
		if (!entry.name.endsWith('.html')) return [];
		const url = `/${relative(root, path).replace(/\.html$/, '')}`;
		return [url === '/index' ? '/' : url];
	});
}

async function controlled(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

test.describe('offline', () => {
	// The first test walks every prerendered page twice (about 40 pages with seven chapters,
	// their embeds and worksheets), offline; on a busy 2-core machine that takes minutes.
	test.describe.configure({ timeout: 300_000 });

	test('after one visit every page loads, runs and reloads with the server gone', async ({
		page,
		context
	}) => {
		const port = PORTS.offline;
		const server = await serve('build', port);
		const base = `http://localhost:${port}`;
		await page.goto(`${base}/`);
		await hydrated(page);
		await controlled(page);
		await expect(page.locator('[data-offline-ready]')).toContainText('Ready to read offline');
		// The cache holds every prerendered page before the server goes away.
		const cached = await page.evaluate(async () => {
			const paths: string[] = [];
			for (const key of await caches.keys()) {
				for (const request of await (await caches.open(key)).keys()) {
					paths.push(new URL(request.url).pathname);
				}
			}
			return paths;
		});
		for (const path of pagePaths('build')) expect(cached, path).toContain(path);
		await stop(server);

		for (const path of pagePaths('build')) {
			const response = await page.goto(`${base}${path}`);
			expect(response?.ok(), path).toBe(true);
			await expect(page.locator('h1'), path).toHaveCount(1);
			await hydrated(page);
			await page.reload();
			await hydrated(page);
		}

		// Every chapter's diagram and quiz respond, offline.
		for (const path of pagePaths('build').filter((p) => p.startsWith('/chapters/'))) {
			await page.goto(`${base}${path}`);
			await hydrated(page);
			// Bringing the buttons into view may scroll a step onto the reading line: start from there.
			const next = page.getByRole('button', { name: 'Next' });
			await next.scrollIntoViewIfNeeded();
			await page.waitForTimeout(300);
			const before = Number(
				/Step (\d+)/.exec((await page.locator('.step-nav .status').textContent()) ?? '')?.[1]
			);
			await next.click();
			await expect(page.locator('.step-nav .status'), path).toHaveText(
				new RegExp(`^Step ${before + 1} of`)
			);
			await reachQuiz(page);
			const first = page.locator('.quiz fieldset').first();
			await first.getByRole('button', { name: 'Check' }).click();
			await expect(first.locator('[role="status"]').last(), path).not.toBeEmpty();
		}

		// While the device is offline, a quiet note says Sealed still works.
		await context.setOffline(true);
		await expect(page.getByText('You are offline. Sealed still works')).toBeVisible();
		await context.setOffline(false);
		await expect(page.getByText('You are offline. Sealed still works')).toHaveCount(0);
		expect(context.serviceWorkers().length).toBeGreaterThan(0);
	});

	test.describe('an unknown address', () => {
		// The browser logs the 404 status of the document itself; that is the point here.
		test.use({ expectedConsoleErrors: ['404 (Not Found)'] });

		test('gets the 404 page offline, not a browser error', async ({ page }) => {
			const port = PORTS.missing;
			const server = await serve('build', port);
			const base = `http://localhost:${port}`;
			await page.goto(`${base}/`);
			await hydrated(page);
			await controlled(page);
			await stop(server);
			const missing = await page.goto(`${base}/chapters/not-a-chapter`);
			expect(missing?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
			await hydrated(page);
			await page.getByRole('link', { name: 'The course map' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sealed');
		});
	});

	test('negative control: with service workers blocked, the same page fails offline', async ({
		browser
	}) => {
		const port = PORTS.control;
		const server = await serve('build', port);
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(`http://localhost:${port}/`);
		await stop(server);
		await expect(page.goto(`http://localhost:${port}/chapters/the-demand`)).rejects.toThrow();
		await context.close();
	});

	test('a new version shows a Reload prompt, and Reload brings it up cleanly', async ({
		browser
	}) => {
		const port = PORTS.update;
		const a = 'test-results/build-a';
		const b = 'test-results/build-b';
		rmSync(a, { recursive: true, force: true });
		cpSync('build', a, { recursive: true });
		// Build B: the same site under another version name, into its own folder.
		execFileSync('npx', ['vite', 'build'], {
			env: { ...process.env, SEALED_BUILD_DIR: b, SEALED_VERSION: 'test-update-b' },
			stdio: 'ignore'
		});

		const context: BrowserContext = await (browser as Browser).newContext();
		const page = await context.newPage();
		const problems = await watch(page);
		let server = await serve(a, port);
		await page.goto(`http://localhost:${port}/`);
		await hydrated(page);
		await controlled(page);
		const versionA = await page.locator('html').getAttribute('data-version');
		await page.evaluate(() =>
			localStorage.setItem(
				'sealed:v1',
				JSON.stringify({
					version: 2,
					chapters: {
						'the-demand': { step: 'westminster-attack', answers: {}, best: null, updatedAt: null }
					},
					final: { answers: {}, best: null, completedAt: null },
					updatedAt: null
				})
			)
		);

		await stop(server);
		server = await serve(b, port);
		// Navigating within the site makes the page look for a new version.
		await page.getByRole('link', { name: 'Sources' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
		const prompt = page.getByRole('status').filter({ hasText: 'A new version of Sealed is ready' });
		await expect(prompt).toBeVisible({ timeout: 20_000 });
		await prompt.getByRole('button', { name: 'Reload' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-version', 'test-update-b', {
			timeout: 20_000
		});
		expect(versionA).not.toBe('test-update-b');
		await hydrated(page);
		// Progress survives the update.
		expect(await page.evaluate(() => localStorage.getItem('sealed:v1'))).toContain(
			'westminster-attack'
		);
		await page.goto(`http://localhost:${port}/chapters/the-demand`);
		await hydrated(page);
		expect(problems.pageErrors).toEqual([]);
		expect(problems.console.filter((text) => !text.includes('favicon'))).toEqual([]);
		await stop(server);
		await context.close();
	});
});
