import { expect, hydrated, test } from './fixtures';

test.describe('unknown addresses', () => {
	// The browser itself logs the 404 status of the document; that is the point of the page.
	test.use({ expectedConsoleErrors: ['404 (Not Found)'] });

	test('get a helpful 404 page that leads back to the course', async ({ page }) => {
		const response = await page.goto('/chapters/no-such-chapter');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
		await hydrated(page);
		await expect(page.getByText('/chapters/no-such-chapter')).toBeVisible();
		await page.getByRole('link', { name: 'The course map' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sealed');
	});

	test('work at any depth, styles and scripts included', async ({ page }) => {
		await page.goto('/a/b/c/d');
		await hydrated(page);
		const font = await page
			.getByRole('heading', { level: 1 })
			.evaluate((h) => getComputedStyle(h).fontFamily);
		expect(font).toContain('system-ui');
	});

	test('in the app, a link to a missing page shows the same help', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		await page.evaluate(() => {
			const link = document.createElement('a');
			link.href = '/missing-page';
			link.textContent = 'missing';
			link.id = 'missing-link';
			document.body.append(link);
		});
		await page.locator('#missing-link').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
	});
});
