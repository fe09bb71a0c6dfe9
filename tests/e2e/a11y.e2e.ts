import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrated, pages, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme} theme`, () => {
		test.use({ colorScheme: scheme });

		for (const path of pages) {
			test(`${path} has no violations`, async ({ page }) => {
				await page.goto(path);
				await hydrated(page);
				expect(await violations(page)).toEqual([]);
			});
		}

		test('chapter 1 with quiz feedback shown, right and wrong, has no violations', async ({
			page
		}) => {
			await page.goto('/chapters/the-demand#an-apparent-u-turn');
			await hydrated(page);
			const fieldsets = page.locator('.quiz fieldset');
			await fieldsets.nth(0).getByRole('radio').nth(1).check();
			await fieldsets.nth(0).getByRole('button', { name: 'Check' }).click();
			await fieldsets.nth(1).getByRole('radio').nth(0).check();
			await fieldsets.nth(1).getByRole('button', { name: 'Check' }).click();
			await fieldsets.nth(1).getByRole('button', { name: 'Explain every option' }).click();
			await page.locator('.step .diagram-note summary').first().click();
			expect(await violations(page)).toEqual([]);
		});

		test.describe('unknown address', () => {
			test.use({ expectedConsoleErrors: ['404 (Not Found)'] });

			test('the 404 page has no violations', async ({ page }) => {
				await page.goto('/no/such/page');
				await hydrated(page);
				expect(await violations(page)).toEqual([]);
			});
		});
	});
}

test.describe('reflow', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	for (const path of pages) {
		test(`${path} needs no sideways scrolling at 320 px`, async ({ page }) => {
			await page.goto(path);
			await hydrated(page);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
});
