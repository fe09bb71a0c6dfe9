import type { Locator, Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { questions } from '../../content/chapters/01-the-demand/quiz';
import { correctIndex, optionsOf } from '../../src/lib/quiz/score';

const question = (page: Page, index: number): Locator => page.locator('.quiz fieldset').nth(index);

test.describe('chapter 1 quiz', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/chapters/the-demand');
		await hydrated(page);
	});

	test('has at least four questions, each with an empty live region ready', async ({ page }) => {
		expect(questions.length).toBeGreaterThanOrEqual(4);
		expect(new Set(questions.map((q) => q.type))).toEqual(new Set(['single', 'true-false']));
		await expect(page.locator('.quiz fieldset')).toHaveCount(questions.length);
		for (let i = 0; i < questions.length; i++) {
			const live = question(page, i).locator('[role="status"]');
			await expect(live).toHaveCount(1);
			await expect(live).toHaveText('');
		}
	});

	test('a right answer is confirmed with text, an icon and the reason', async ({ page }) => {
		const q = questions[0]!;
		const right = optionsOf(q)[correctIndex(q)]!;
		const fieldset = question(page, 0);
		await fieldset.getByRole('radio', { name: right.text }).check();
		await fieldset.getByRole('button', { name: 'Check' }).click();
		const live = fieldset.locator('[role="status"]');
		await expect(live).toContainText('✓ Correct.');
		await expect(live).toContainText(right.explanation);
		await expect(fieldset.getByText('Correct answer')).toBeVisible();
		await expect(page.locator('.quiz .tally')).toHaveText(
			`Checked 1 of ${questions.length}: 1 correct.`
		);
	});

	test('a wrong answer explains the choice and gives the answer', async ({ page }) => {
		const index = questions.findIndex((q) => q.type === 'true-false');
		const q = questions[index]!;
		const options = optionsOf(q);
		const wrong = options[1 - correctIndex(q)]!;
		const right = options[correctIndex(q)]!;
		const fieldset = question(page, index);
		await fieldset.getByRole('radio', { name: wrong.text, exact: true }).check();
		await fieldset.getByRole('button', { name: 'Check' }).click();
		const live = fieldset.locator('[role="status"]');
		await expect(live).toContainText('✗ Not quite.');
		await expect(live).toContainText(wrong.explanation);
		await expect(live).toContainText(`The answer is “${right.text}”.`);
		await expect(page.locator('.quiz .tally')).toHaveText(
			`Checked 1 of ${questions.length}: 0 correct.`
		);

		await fieldset.getByRole('button', { name: 'Explain every option' }).click();
		for (const option of options) await expect(fieldset).toContainText(option.explanation);

		await fieldset.getByRole('button', { name: 'Try again' }).click();
		await expect(live).toHaveText('');
		await expect(fieldset.getByRole('radio', { checked: true })).toHaveCount(0);
		await expect(page.locator('.quiz .tally')).toHaveText('No answers checked yet.');
	});

	test('Check with nothing chosen says what to do', async ({ page }) => {
		const fieldset = question(page, 0);
		await fieldset.getByRole('button', { name: 'Check' }).click();
		await expect(fieldset.locator('[role="status"]')).toHaveText(
			'Choose an answer first, then press Check.'
		);
	});

	test('can be answered with the keyboard alone, focus staying put', async ({ page }) => {
		const q = questions[0]!;
		const fieldset = question(page, 0);
		await fieldset.getByRole('radio').first().focus();
		for (let i = 0; i < correctIndex(q); i++) await page.keyboard.press('ArrowDown');
		await expect(
			fieldset.getByRole('radio', { name: optionsOf(q)[correctIndex(q)]!.text })
		).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(fieldset.getByRole('button', { name: 'Check' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(fieldset.locator('[role="status"]')).toContainText('✓ Correct.');
		await expect(fieldset.getByRole('button', { name: 'Check' })).toBeFocused();
	});
});
