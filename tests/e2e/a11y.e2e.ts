import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chapters, expect, hydrated, pages, reachQuiz, test } from './fixtures';

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
			await reachQuiz(page);
			const fieldsets = page.locator('.quiz fieldset');
			await fieldsets.nth(0).getByRole('radio').nth(1).check();
			await fieldsets.nth(0).getByRole('button', { name: 'Check' }).click();
			await fieldsets.nth(1).getByRole('radio').nth(0).check();
			await fieldsets.nth(1).getByRole('button', { name: 'Check' }).click();
			await fieldsets.nth(1).getByRole('button', { name: 'Explain every option' }).click();
			await page.locator('.step .diagram-note summary').first().click();
			expect(await violations(page)).toEqual([]);
		});

		for (const path of chapters) {
			test(`${path}: every question, unanswered, checked and with its solution, has no violations`, async ({
				page
			}) => {
				// Answers up to 16 questions and runs axe twice over a long page: more than 30 s on a
				// busy 2-core machine, so this one test gets the triple allowance.
				test.slow();
				await page.goto(path);
				await hydrated(page);
				await reachQuiz(page);
				expect(await violations(page), 'unanswered').toEqual([]);
				const cards = page.locator('.quiz fieldset');
				const count = await cards.count();
				for (let i = 0; i < count; i++) {
					const card = cards.nth(i);
					const type = await card.getAttribute('data-type');
					if (type === 'single' || type === 'true-false')
						await card.getByRole('radio').first().check();
					if (type === 'multiple') await card.getByRole('checkbox').first().check();
					if (type === 'matching') {
						for (const select of await card.locator('select').all())
							await select.selectOption({ index: 1 });
					}
					if (type === 'numeric') await card.getByLabel('Your estimate').fill('42');
					if (type === 'reflection') await card.getByRole('radio').first().check();
					await card
						.getByRole('button', { name: type === 'reflection' ? 'Save' : 'Check' })
						.click();
					const solution = card.getByRole('button', {
						name: /Explain every option|Show the answer/
					});
					if (i % 2 === 0 && (await solution.count())) await solution.click();
				}
				expect(await violations(page), 'answered, some with solutions').toEqual([]);
			});
		}

		test('the final quiz results and review have no violations', async ({ page }) => {
			await page.goto('/final');
			await hydrated(page);
			const single = page.locator('fieldset[data-type="single"]').first();
			await single.getByRole('radio').first().check();
			await single.getByRole('button', { name: 'Check' }).click();
			await page.getByRole('button', { name: 'See my results' }).click();
			await page.getByRole('button', { name: 'Review every question' }).click();
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
