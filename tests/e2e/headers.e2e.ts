import { createServer, type Server } from 'node:http';
import { expect, embeds, pages, test } from './fixtures';

// The e2e server applies build/_headers as Netlify and Cloudflare Pages would (scripts/serve.mjs),
// so these tests check the headers a real deploy sends, and what browsers do with them.
const SITE_PORT = Number(process.env.SEALED_E2E_PORT ?? 4173);
const SITE = `http://localhost:${SITE_PORT}`;
/** A teacher's page on another site (127.0.0.1 is another site than localhost). */
const HOST = `http://127.0.0.1:${SITE_PORT + 3}`;

const BLOCKED = [
	`violates the following Content Security Policy directive: "frame-ancestors 'self'"`,
	`in a frame because it set 'X-Frame-Options' to 'sameorigin'`,
	'status of 404'
];

test.describe('security headers', () => {
	test('every page is served with them, and only embeds may be framed by other sites', async ({
		request
	}) => {
		for (const path of pages) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			const headers = response.headers();
			expect(headers['strict-transport-security'], path).toMatch(/^max-age=\d{8,}/);
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('no-referrer');
			expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
			expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
			expect(headers['permissions-policy'], path).toContain('camera=()');
			expect(headers['permissions-policy'], path).toContain('microphone=()');
			expect(headers['permissions-policy'], path).toContain('geolocation=()');
			// Exactly one policy (two joined ones would both apply): `*` for embeds, 'self' elsewhere.
			const frameAncestors = embeds.includes(path) ? 'frame-ancestors *' : "frame-ancestors 'self'";
			expect(headers['content-security-policy'], path).toBe(frameAncestors);
		}
	});

	test('an unknown address still may not be framed, and _headers itself is not served', async ({
		request
	}) => {
		const missing = await request.get('/no-such-page');
		expect(missing.status()).toBe(404);
		expect(missing.headers()['x-frame-options']).toBe('SAMEORIGIN');
		expect((await request.get('/_headers')).status()).toBe(404);
	});

	test('Chromium understands every feature the Permissions-Policy names', async ({ page }) => {
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.text().includes('Permissions-Policy')) warnings.push(message.text());
		});
		await page.goto('/');
		await page.goto(embeds[0]!);
		await page.goto('/teach');
		expect(warnings).toEqual([]);
	});
});

test.describe('framed by another site', () => {
	test.describe.configure({ mode: 'serial' });
	test.use({ allowedOrigins: [HOST], expectedConsoleErrors: BLOCKED });

	let host: Server;
	test.beforeAll(async () => {
		host = createServer((req, res) => {
			const path = new URL(req.url ?? '/', HOST).searchParams.get('path') ?? '/';
			res
				.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
				.end(
					`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Class page</title>` +
						`<link rel="icon" href="data:,"></head><body>` +
						`<iframe src="${SITE}${path}" title="Framed" width="600" height="400"></iframe></body></html>`
				);
		});
		await new Promise<void>((resolve) => host.listen(SITE_PORT + 3, '127.0.0.1', resolve));
	});
	test.afterAll(async () => {
		await new Promise((resolve) => host.close(resolve));
	});

	test('an embed loads in a class page', async ({ page }) => {
		await page.goto(`${HOST}/?path=${encodeURIComponent(embeds[0]!)}`);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('h1')).toHaveCount(1);
		await expect(frame.locator('html')).toHaveAttribute('data-hydrated', 'true');
	});

	for (const path of ['/', '/chapters/the-demand', '/teach', '/no-such-page']) {
		test(`${path} is refused in a class page`, async ({ page }) => {
			const refused = page.waitForEvent('console', (message) =>
				BLOCKED.slice(0, 2).some((text) => message.text().includes(text))
			);
			await page.goto(`${HOST}/?path=${encodeURIComponent(path)}`);
			await refused;
			// The frame never shows the site: the browser's error page stands in its place.
			const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
			expect(frame?.url()).not.toContain(SITE);
		});
	}
});
