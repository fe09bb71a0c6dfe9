import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

const chapter = '/chapters/how-a-message-travels';
const serverBytes = (page: Page) => page.locator('.journey code[data-hop="server"]');

async function openAt(page: Page, step: string) {
	await page.goto(`${chapter}#${step}`);
	await hydrated(page);
	await expect(serverBytes(page)).toHaveText(/^([0-9a-f]{2} )+/);
}

test.describe('chapter 2: the message on its way', () => {
	test('end to end, the server holds fresh real ciphertext on every visit; Bob reads the words', async ({
		page
	}) => {
		await openAt(page, 'e2ee-at-the-server');
		const first = await serverBytes(page).textContent();
		await expect(page.locator('.journey .hop').last()).toContainText(
			'Reads “Meet me by the library at four”'
		);
		await page.reload();
		await hydrated(page);
		await expect(serverBytes(page)).toHaveText(/^([0-9a-f]{2} )+/);
		expect(await serverBytes(page).textContent()).not.toBe(first);
	});

	test('the reader’s own message is what travels, and only the two phones read it', async ({
		page
	}) => {
		await openAt(page, 'e2ee-at-the-server');
		const before = await serverBytes(page).textContent();
		await page.getByRole('link', { name: 'Change the message' }).click();
		const box = page.getByLabel('Your message');
		await box.fill('Tests can keep secrets too');
		// Back down to the end-to-end step, as a reader would scroll.
		await page.locator('#e2ee-at-the-server').evaluate((step) => step.scrollIntoView());
		const hops = page.locator('.journey .hop');
		await expect(hops.last()).toContainText('Reads “Tests can keep secrets too”');
		await expect(hops.first()).toContainText('Reads “Tests can keep secrets too”');
		await expect(serverBytes(page)).not.toHaveText(before ?? '');
		for (const i of [1, 2, 3]) await expect(hops.nth(i)).toContainText('Cannot read');
	});

	test('under transport encryption the server reads the words', async ({ page }) => {
		await page.goto(`${chapter}#tls-at-the-server`);
		await hydrated(page);
		const server = page.locator('.journey .hop').nth(2);
		await expect(server).toContainText('Reads “Meet me by the library at four”');
		await expect(page.locator('.journey .hop').nth(1)).toContainText('Cannot read');
	});

	test('the metadata panel shows who, to whom, when and how big', async ({ page }) => {
		await page.goto(`${chapter}#what-still-shows`);
		await hydrated(page);
		const panel = page.locator('.journey .metadata');
		await expect(panel).toContainText('alice');
		await expect(panel).toContainText('bob');
		await expect(panel).toContainText(/\d+ bytes/);
		await expect(panel).toContainText(/\d\d:\d\d:\d\d UTC/);
	});
});
