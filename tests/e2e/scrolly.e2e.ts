import { expect, hydrated, test } from './fixtures';
import { steps } from '../../content/chapters/01-the-demand/steps';

const status = (page: import('@playwright/test').Page) => page.locator('.step-nav .status');
const callout = (page: import('@playwright/test').Page) => page.locator('.timeline .callout-label');
const labelOf = (id: string | null) =>
	steps[0]!.state.events.find((event) => event.id === id)?.label ?? '∅';

test.describe('chapter 1 scrollytelling', () => {
	test('a deep link opens at that step, with the diagram to match', async ({ page }) => {
		const target = steps[5]!;
		await page.goto(`/chapters/the-demand#${target.id}`);
		await hydrated(page);
		await expect(status(page)).toHaveText(`Step 6 of ${steps.length}`);
		await expect(callout(page)).toHaveText(labelOf(target.state.focus));
		await expect(page.locator('.figure-step')).toHaveText(target.label);
		await expect(page.locator(`#${target.id}`)).toBeInViewport();
		expect(new URL(page.url()).hash).toBe(`#${target.id}`);
	});

	test('a click on a deep-linked step keeps it current, though late layout moved it', async ({
		page
	}) => {
		const target = steps[5]!;
		await page.goto(`/chapters/the-demand#${target.id}`);
		await hydrated(page);
		await expect(status(page)).toHaveText(`Step 6 of ${steps.length}`);
		// Something above grows after the jump (as a late diagram or font might), pushing the
		// previous step onto the reading line; then, still within the hold, the reader clicks.
		await page.evaluate((id) => {
			const previous = document.getElementById(id)!.previousElementSibling as HTMLElement;
			previous.style.paddingBottom = '400px';
		}, target.id);
		await page.waitForTimeout(100);
		await page.locator(`#${target.id}`).dispatchEvent('pointerdown');
		await page.waitForTimeout(300);
		await expect(status(page)).toHaveText(`Step 6 of ${steps.length}`);
		await expect(page.locator('.figure-step')).toHaveText(target.label);
	});

	test('Next, Previous and the arrow keys move through the steps', async ({ page }) => {
		await page.goto('/chapters/the-demand');
		await hydrated(page);
		await expect(status(page)).toHaveText(`Step 1 of ${steps.length}`);
		await expect(callout(page)).toHaveText(labelOf(steps[0]!.state.focus));

		const next = page.getByRole('button', { name: 'Next' });
		await next.focus();
		await page.keyboard.press('Enter');
		await expect(status(page)).toHaveText(`Step 2 of ${steps.length}`);
		await expect(callout(page)).toHaveText(labelOf(steps[1]!.state.focus));
		await expect(page.locator('.step-nav [role="status"]')).toHaveText(
			`Step 2 of ${steps.length}: ${steps[1]!.label}`
		);
		await expect(page).toHaveURL(new RegExp(`#${steps[1]!.id}$`));
		await expect(next).toBeFocused();

		await page.keyboard.press('ArrowRight');
		await expect(status(page)).toHaveText(`Step 3 of ${steps.length}`);
		await expect(callout(page)).toHaveText(labelOf(steps[2]!.state.focus));
		await expect(page.locator(`#${steps[2]!.id}`)).toBeInViewport();

		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(status(page)).toHaveText(`Step 1 of ${steps.length}`);

		// At the first step, Previous says it is unavailable and does nothing, keeping focus.
		const previous = page.getByRole('button', { name: 'Previous' });
		await expect(previous).toHaveAttribute('aria-disabled', 'true');
		await previous.focus();
		await page.keyboard.press('Enter');
		await expect(status(page)).toHaveText(`Step 1 of ${steps.length}`);
		await expect(previous).toBeFocused();
	});

	test('scrolling a step to the middle of the screen makes it current', async ({ page }) => {
		await page.goto('/chapters/the-demand');
		await hydrated(page);
		const target = steps[3]!;
		await page.locator(`#${target.id}`).evaluate((element) =>
			// Just above the reading line, which is half way down on a wide screen.
			window.scrollTo({
				top: element.getBoundingClientRect().top + window.scrollY - innerHeight * 0.45,
				behavior: 'instant'
			})
		);
		await expect(status(page)).toHaveText(`Step 4 of ${steps.length}`);
		await expect(callout(page)).toHaveText(labelOf(target.state.focus));
		await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
	});

	test('on a phone the diagram sits above the prose and follows quick presses', async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/chapters/the-demand');
		await hydrated(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(status(page)).toHaveText(`Step 3 of ${steps.length}`);
		const figure = await page.locator('.graphic').boundingBox();
		const step = await page.locator(`#${steps[2]!.id}`).boundingBox();
		expect(figure!.y + figure!.height).toBeLessThanOrEqual(step!.y + 40);
	});

	test('works inside an iframe, where the frame is the viewport', async ({ page, baseURL }) => {
		// Other sites may frame only embeds (the site's pages send frame-ancestors 'self', see
		// headers.e2e.ts), so this class page is served from Sealed's own origin, by the test.
		await page.route(`${baseURL}/class-page`, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><html lang="en"><title>Class page</title><link rel="icon" href="data:,"><h1>Class page</h1><iframe title="Sealed chapter" width="800" height="600" src="${baseURL}/chapters/the-demand"></iframe></html>`
			})
		);
		await page.goto('/class-page');
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('.step-nav .status')).toHaveText(`Step 1 of ${steps.length}`);
		await frame.locator('html[data-hydrated="true"]').waitFor();
		// The frame is narrow, so its reading line sits lower, below the diagram (62% down).
		await frame.locator(`#${steps[4]!.id}`).evaluate((element) =>
			window.scrollTo({
				top: element.getBoundingClientRect().top + window.scrollY - innerHeight * 0.58,
				behavior: 'instant'
			})
		);
		await expect(frame.locator('.step-nav .status')).toHaveText(`Step 5 of ${steps.length}`);
		// Inside a frame Sealed never installs its service worker (cross-site frames forbid it).
		const registrations = await page
			.frames()[1]!
			.evaluate(async () =>
				navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0
			);
		expect(registrations).toBe(0);
	});

	test('motion is off when the reader prefers reduced motion', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/chapters/the-demand');
		await hydrated(page);
		await page.getByRole('button', { name: 'Next' }).click();
		// The highlight ring jumps: on the very next frame it already sits on the new marker.
		const ringX = await page.locator('.timeline .plot .ring').getAttribute('cx');
		const marker = page.locator('.timeline .plot .marker.focus');
		const transform = (await marker.getAttribute('transform')) ?? '';
		expect(transform).toContain(`translate(${ringX},`);
		expect(
			await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)
		).toBe('auto');
	});
});
