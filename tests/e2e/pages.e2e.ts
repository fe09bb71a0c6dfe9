import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, pages, test, trackRequests } from './fixtures';
import { questions } from '../../content/chapters/01-the-demand/quiz';

/**
 * Scrolls from top to bottom a screen at a time, so every part that loads as the reader nears it
 * (quizzes, live diagrams, chapter 4's engine) loads and runs, then waits for the network to rest.
 */
async function scrollThrough(page: Page, network: ReturnType<typeof trackRequests>): Promise<void> {
	await page.evaluate(async () => {
		const pause = () => new Promise((resolve) => setTimeout(resolve, 60));
		// Instant: the site scrolls smoothly, and each smooth scroll would cut the last one short.
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
			scrollTo({ top: y, behavior: 'instant' });
			await pause();
		}
		scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
		await pause();
	});
	await network.quiet();
	// A quiz, once reached, has replaced its plain preview with the live questions.
	await expect(page.locator('.quiz-preview')).toHaveCount(0);
}

test.describe('every page', () => {
	for (const path of pages) {
		// The fixture fails the test on any CSP or Trusted Types violation, console error or
		// foreign request, met anywhere between loading the page and reaching its end.
		test(`${path} renders a titled page under a strict policy and sets no cookie, top to bottom`, async ({
			page,
			context
		}) => {
			const network = trackRequests(page);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toHaveCount(1);
			await expect(page).toHaveTitle(/Sealed/);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
			await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
			const policy = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(policy).toContain("script-src 'self'");
			expect(policy).not.toContain("'unsafe-inline'");
			expect(policy).toContain("object-src 'none'");
			expect(policy).toContain("require-trusted-types-for 'script'");
			expect(policy).toContain('trusted-types svelte-trusted-html sealed-script-url');
			await scrollThrough(page, network);
			// Checked after the whole page has run, live parts included.
			expect(await context.cookies()).toEqual([]);
		});
	}
});

test('waiting for the network to rest names a request that never ends', async ({ page }) => {
	// The control for every page's wait above: a request left open must fail it, by name.
	await page.route('**/never-answered', () => {});
	const network = trackRequests(page);
	await page.goto('/glossary');
	await page.evaluate(() => void fetch('/never-answered').catch(() => {}));
	await expect(network.quiet(300, 2_000)).rejects.toThrow(/never-answered/);
});

/** Chapter pages in course order: the content folders' number prefixes. */
const inCourseOrder = readdirSync('content/chapters')
	.filter((name) => /^\d+-/.test(name))
	.sort()
	.map((name) => `/chapters/${name.replace(/^\d+-/, '')}`);

test.describe('course map', () => {
	test('lists all seven chapters in course order, each opening its own page', async ({ page }) => {
		await page.goto('/');
		const entries = page.locator('.chapter-list > li.chapter');
		await expect(entries).toHaveCount(7);
		const links = entries.locator('h3 a');
		expect(
			await links.evaluateAll((all) =>
				all.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
			)
		).toEqual(inCourseOrder);
		for (let i = 0; i < 7; i++)
			await expect(entries.nth(i).locator('.meta')).toContainText(`Chapter ${i + 1} ·`);
		await expect(links).toHaveText([
			'The demand',
			'How a message travels',
			'Keys, locks and handshakes',
			'What a backdoor would change',
			'Privacy or safety?',
			'The law: the Investigatory Powers Act',
			'What happened next'
		]);
	});

	test('lists chapter 1 with its summary, minutes and objectives, and opens it', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sealed');
		const chapter = page.getByRole('listitem').filter({ hasText: 'The demand' });
		await expect(chapter).toContainText('Chapter 1 · 10 min');
		await expect(chapter).toContainText('Westminster attack');
		await chapter.getByText('What you will be able to do').click();
		await expect(chapter.getByRole('listitem')).toHaveCount(4);
		await chapter.getByRole('link', { name: 'The demand' }).click();
		await expect(page).toHaveURL(/\/chapters\/the-demand$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The demand');
	});
});

test.describe('chapter styles', () => {
	/** Whether chapter 2's message composer is drawn with its own style: a bordered panel. */
	const composerStyled = (page: Page) =>
		page.locator('.composer').evaluate((box) => getComputedStyle(box).borderTopStyle === 'solid');

	test('a chapter page carries its own diagram styles, not every chapter’s', async ({ page }) => {
		await page.goto('/chapters/the-demand');
		const css = await page.locator('style').allTextContents();
		// Chapter 2's composer and chapter 4's lab are styled in their own pages only.
		expect(css.join('')).not.toMatch(/\.composer\.svelte-/);
		await page.goto('/chapters/how-a-message-travels');
		expect((await page.locator('style').allTextContents()).join('')).toMatch(/\.composer\.svelte-/);
		expect(await composerStyled(page)).toBe(true);
	});

	test('the next chapter, reached by its link from the last, arrives styled', async ({ page }) => {
		await page.goto('/chapters/the-demand');
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		await page.getByRole('link', { name: /Next chapter/ }).click();
		await expect(page).toHaveURL(/\/chapters\/how-a-message-travels$/);
		await expect(page.locator('.composer')).toBeVisible();
		expect(await composerStyled(page)).toBe(true);
	});
});

test.describe('sources', () => {
	test('every citation in chapter 1 points at an entry on the sources page', async ({ page }) => {
		await page.goto('/chapters/the-demand');
		const targets = await page
			.locator('sup.cite a')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash));
		expect(targets.length).toBeGreaterThan(10);
		await page.goto('/sources');
		for (const hash of new Set(targets)) await expect(page.locator(hash)).toHaveCount(1);
	});

	test('a citation link lands on its highlighted source', async ({ page }) => {
		await page.goto('/chapters/the-demand');
		const first = page.locator('sup.cite a').first();
		const name = await first.getAttribute('aria-label');
		await first.click();
		await expect(page).toHaveURL(/\/sources#/);
		const entry = page.locator('li:target');
		await expect(entry).toBeVisible();
		expect(name).toContain((await entry.locator('cite').textContent()) ?? '∅');
	});
});

test.describe('chapter 1 without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every step in order, each with its diagram in words', async ({ page }) => {
		await page.goto('/chapters/the-demand');
		const steps = page.locator('.step');
		await expect(steps).toHaveCount(8);
		await expect(steps.first().locator('h3')).toHaveText('A surveillance law, freshly passed');
		for (const note of await page.locator('.step .diagram-note p').allTextContents()) {
			expect(note).toMatch(/^Timeline from 20 March 2017 to 1 April 2017\. Highlighted: /);
		}
		// The quiz's questions are there to read, as text.
		await expect(page.locator('.quiz-preview > li')).toHaveCount(questions.length);
		await expect(page.locator('.quiz-preview')).toContainText(questions[0]!.prompt);
		// The browser shows <noscript> content when scripting is off (Playwright's switch does not
		// reach the HTML parser, so check that the note is in the page instead).
		expect(await page.locator('.quiz noscript').textContent()).toContain(
			'The quiz needs JavaScript to check answers'
		);
	});
});
