import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

const chapter = '/chapters/keys-locks-and-handshakes';

async function openLab(page: Page) {
	await page.goto(chapter);
	await hydrated(page);
	await page.locator('.tamper-lab').scrollIntoViewIfNeeded();
	const firstByte = page.getByRole('button', {
		name: /^Byte 1 of \d+, ciphertext: [0-9a-f]{2}\. Flip it$/
	});
	await expect(firstByte).toBeVisible();
	return firstByte;
}

const result = (page: Page) => page.locator('.tamper-lab [role="status"]');

test.describe('chapter 3 tamper lab', () => {
	test('loads only as the reader reaches it', async ({ page }) => {
		await page.goto(chapter);
		await hydrated(page);
		await expect(page.getByText('The lab loads when you scroll to it.')).toBeAttached();
		expect(await page.getByRole('button', { name: /^Byte 1 of/ }).count()).toBe(0);
		await openLab(page);
	});

	test('decrypts the message as typed, and refuses it once one byte is flipped', async ({
		page
	}) => {
		const firstByte = await openLab(page);
		const lab = page.locator('.tamper-lab');
		await lab.getByRole('button', { name: 'Decrypt', exact: true }).click();
		await expect(result(page)).toContainText('✓ Opened.');
		await expect(result(page)).toContainText('“Meet me by the library at four”');

		await firstByte.click();
		await expect(
			page.getByRole('button', { name: /^Byte 1 of \d+, ciphertext: [0-9a-f]{2}, changed\./ })
		).toBeVisible();
		await lab.getByRole('button', { name: 'Decrypt', exact: true }).click();
		await expect(result(page)).toContainText('✗ Tampered.');
		await expect(result(page)).toContainText('the message was changed on the way');
		await expect(result(page)).not.toContainText('Meet me');
	});

	test('seals what the reader types, and gives exactly that back', async ({ page }) => {
		await openLab(page);
		const lab = page.locator('.tamper-lab');
		const before = await lab.locator('.nonce code').textContent();
		await lab
			.getByRole('textbox', { name: 'Your message', exact: true })
			.fill('Byte by byte, nothing slips past');
		await expect(lab.locator('.nonce code')).not.toHaveText(before ?? '');
		await lab.getByRole('button', { name: 'Decrypt', exact: true }).click();
		await expect(result(page)).toContainText('✓ Opened.');
		await expect(result(page)).toContainText('“Byte by byte, nothing slips past”');
	});

	test('a tag byte flipped is caught too, and the wrong key is told apart', async ({ page }) => {
		await openLab(page);
		const lab = page.locator('.tamper-lab');
		await lab
			.getByRole('button', { name: /, tag: [0-9a-f]{2}\. Flip it$/ })
			.first()
			.click();
		await lab.getByRole('button', { name: 'Decrypt', exact: true }).click();
		await expect(result(page)).toContainText('✗ Tampered.');

		await lab.getByRole('button', { name: 'Reset' }).click();
		await lab.getByRole('button', { name: 'Try with the wrong key' }).click();
		await expect(result(page)).toContainText('✗ Wrong key.');
		await expect(result(page)).toContainText('this key is not the one the message was sealed with');
	});

	test('the ciphertext is fresh on every visit', async ({ page }) => {
		await openLab(page);
		const nonce = page.locator('.tamper-lab .nonce code');
		const first = await nonce.textContent();
		const bytes = await page.locator('.tamper-lab button[data-index]').allTextContents();
		await openLab(page);
		expect(await nonce.textContent()).not.toBe(first);
		expect(await page.locator('.tamper-lab button[data-index]').allTextContents()).not.toEqual(
			bytes
		);
	});

	test('works by keyboard alone', async ({ page }) => {
		const firstByte = await openLab(page);
		await firstByte.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		await expect(
			page.getByRole('button', { name: /^Byte 2 of \d+, ciphertext: [0-9a-f]{2}, changed\./ })
		).toBeFocused();
		const decrypt = page
			.locator('.tamper-lab')
			.getByRole('button', { name: 'Decrypt', exact: true });
		await decrypt.focus();
		await page.keyboard.press('Enter');
		await expect(result(page)).toContainText('✗ Tampered.');
	});
});
