import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { steps } from '../../content/chapters/07-what-happened-next/steps';
import { sources } from '../../content/chapters/07-what-happened-next/sources';
import { glossary } from '../../content/glossary';
import { describeHistory, windowOf, windowStatus } from '../../src/lib/history/history';

const CHAPTER = '/chapters/what-happened-next';
const count = steps.length;

const stepStatus = (page: Page) => page.locator('.step-nav .status');
/** The figure's text alternative, as Scrolly renders it for the current step. */
const description = (page: Page) => page.locator('.figure > p.visually-hidden');
/** The timeline's own status line, which follows the reader's zoom. */
const zoomStatus = (page: Page) => page.locator('.history .status');
const plot = (page: Page) => page.getByRole('slider', { name: 'Timeline position' });

test.describe('chapter 7 timeline', () => {
	test('every step, reached by keyboard, describes its own view of the timeline', async ({
		page
	}) => {
		await page.goto(CHAPTER);
		await hydrated(page);
		await expect(stepStatus(page)).toHaveText(`Step 1 of ${count}`);
		await expect(description(page)).toHaveText(describeHistory(steps[0]!.state));

		const next = page.getByRole('button', { name: 'Next' });
		await next.focus();
		await page.keyboard.press('Enter');
		const seen = new Set([describeHistory(steps[0]!.state)]);
		for (let i = 1; i < count; i++) {
			if (i > 1) await page.keyboard.press('ArrowRight');
			await expect(stepStatus(page)).toHaveText(`Step ${i + 1} of ${count}`);
			const text = describeHistory(steps[i]!.state);
			await expect(description(page)).toHaveText(text);
			await expect(page.locator('.figure-step')).toHaveText(steps[i]!.label);
			seen.add(text);
		}
		// The description changed at every step.
		expect(seen.size).toBe(count);
		const last = steps.at(-1)!.state;
		await expect(zoomStatus(page)).toHaveText(windowStatus(last.events, windowOf(last.window)));
	});

	test('the zoom buttons and the plot’s keys work by keyboard and say what they show', async ({
		page
	}) => {
		await page.goto(`${CHAPTER}#a-forum-for-the-firms`);
		await hydrated(page);
		await expect(stepStatus(page)).toHaveText(`Step 2 of ${count}`);
		const start = 'Showing 2017 to 2019, 4 events, the article’s week marked';
		await expect(zoomStatus(page)).toHaveText(start);
		await expect(zoomStatus(page)).toHaveAttribute('role', 'status');
		await expect(plot(page)).toHaveAttribute('aria-valuetext', start);

		// Zoom in on the highlighted event: the window halves around June 2017.
		const zoomIn = page.getByRole('button', { name: 'Zoom in' });
		await zoomIn.focus();
		await page.keyboard.press('Enter');
		await expect(zoomStatus(page)).not.toHaveText(start);
		await expect(zoomStatus(page)).toHaveText(/^Showing \w+ 2017 to \w+ 2018, \d events?/);
		await expect(zoomIn).toBeFocused();

		// Show all: 1976 to 2025, and zooming out is no longer possible.
		await page.getByRole('button', { name: 'Show all' }).focus();
		await page.keyboard.press('Space');
		await expect(zoomStatus(page)).toHaveText(
			'Showing 1976 to 2025, 25 events, the article’s week marked'
		);
		await expect(page.getByRole('button', { name: 'Zoom out' })).toHaveAttribute(
			'aria-disabled',
			'true'
		);
		await expect(page.getByRole('button', { name: 'Earlier' })).toHaveAttribute(
			'aria-disabled',
			'true'
		);

		// On the focused plot, + zooms and the arrow keys pan, without changing the chapter's step.
		await plot(page).focus();
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		const zoomed = await zoomStatus(page).textContent();
		expect(zoomed).toMatch(/^Showing \d{4} to \d{4}, \d+ events?/);
		await page.keyboard.press('ArrowLeft');
		await expect(zoomStatus(page)).not.toHaveText(zoomed!);
		await page.keyboard.press('Home');
		await expect(zoomStatus(page)).toHaveText(/^Showing 1976 to \d{4}, [1-3] events?$/);
		await expect(stepStatus(page)).toHaveText(`Step 2 of ${count}`);
		await expect(plot(page)).toBeFocused();
		await page.keyboard.press('0');
		await expect(zoomStatus(page)).toHaveText(/^Showing 1976 to 2025, 25 events/);

		// The next step brings back its own view, whatever the reader did.
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(stepStatus(page)).toHaveText(`Step 3 of ${count}`);
		await expect(zoomStatus(page)).toHaveText(start);
		await expect(description(page)).toHaveText(describeHistory(steps[2]!.state));
	});

	test('with reduced motion, a new window is drawn at once', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`${CHAPTER}#a-forum-for-the-firms`);
		await hydrated(page);
		await expect(page.locator('.history .tick')).toContainText(['2018', '2019']);
		const ticks = await page.evaluate(async () => {
			const button = [...document.querySelectorAll('.history button')].find((b) =>
				b.textContent?.includes('Show all')
			) as HTMLButtonElement;
			button.click();
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			return [...document.querySelectorAll('.history .tick')].map((t) => t.textContent);
		});
		expect(ticks).toContain('2000');
	});

	test('on a phone the timeline starts at its top, inside the panel, with nothing off the side', async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`${CHAPTER}#salt-typhoon`);
		await hydrated(page);
		await expect(stepStatus(page)).toHaveText(`Step 9 of ${count}`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		const panel = (await page.locator('.figure').boundingBox())!;
		const line = (await page.locator('.history .focus-line').boundingBox())!;
		expect(line.y).toBeGreaterThanOrEqual(panel.y);
		await expect(page.locator('.history .focus-line')).toContainText(
			'Salt Typhoon breach reported'
		);
		const drawing = (await page.locator('.history svg').first().boundingBox())!;
		expect(drawing.x).toBeGreaterThanOrEqual(0);
		expect(drawing.x + drawing.width).toBeLessThanOrEqual(320);
	});

	test('a glossary term in the chapter opens in place by keyboard', async ({ page }) => {
		await page.goto(`${CHAPTER}#a-forum-for-the-firms`);
		await hydrated(page);
		const term = page.getByRole('button', { name: 'Global Internet Forum to Counter Terrorism' });
		const entry = glossary.find((e) => e.id === 'gifct')!;
		await expect(term).toHaveAttribute('aria-expanded', 'false');
		await term.focus();
		await page.keyboard.press('Enter');
		await expect(term).toHaveAttribute('aria-expanded', 'true');
		const definition = page.locator(`#${await term.getAttribute('aria-controls')}`);
		await expect(definition).toBeVisible();
		await expect(definition).toContainText(entry.definition);
		await page.keyboard.press('Escape');
		await expect(definition).toBeHidden();
		await expect(term).toBeFocused();
	});

	test('every source the chapter cites is listed on /sources', async ({ page }) => {
		await page.goto(CHAPTER);
		const targets = await page
			.locator('sup.cite a')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash));
		const cited = new Set(targets);
		// The chapter cites each source it introduces, and some from earlier chapters.
		for (const source of sources) expect(cited.has(`#${source.id}`), source.id).toBe(true);
		expect(cited.size).toBeGreaterThan(sources.length);
		await page.goto('/sources');
		for (const hash of cited) await expect(page.locator(hash)).toHaveCount(1);
		const group = page.getByRole('region', {
			name: 'First cited in Chapter 7: What happened next'
		});
		await expect(group.locator('li')).toHaveCount(sources.length);
	});
});
