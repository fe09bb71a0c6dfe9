import { expect, hydrated, test } from './fixtures';
import { glossary } from '../../content/glossary';

test.describe('glossary', () => {
	test('a term in a chapter opens its definition in place by keyboard, and closes', async ({
		page
	}) => {
		await page.goto('/chapters/the-demand');
		await hydrated(page);
		const term = page.getByRole('button', { name: 'Investigatory Powers Act' });
		const entry = glossary.find((e) => e.id === 'investigatory-powers-act-2016')!;
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

	test('lists every entry, each with an anchor the chapters link to', async ({ page }) => {
		await page.goto('/glossary');
		await hydrated(page);
		await expect(page.locator('.entry')).toHaveCount(glossary.length);
		await page.goto('/glossary#forward-secrecy');
		await expect(page.locator('.entry:target dt')).toHaveText('Forward secrecy');
	});
});
