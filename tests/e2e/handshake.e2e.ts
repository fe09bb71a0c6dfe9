import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

const chapter = '/chapters/keys-locks-and-handshakes';
const hex = /^([0-9a-f]{2} ?)+$/;

async function openAt(page: Page, step: string) {
	await page.goto(`${chapter}#${step}`);
	await hydrated(page);
}

test.describe('chapter 3: keys, locks and handshakes', () => {
	test('shows real key pairs, fresh on every visit', async ({ page }) => {
		await openAt(page, 'two-keys-each');
		const alicePublic = page.locator('.handshake [data-key="alice-public"]');
		await expect(alicePublic).toHaveText(hex);
		const first = await alicePublic.textContent();
		expect(first?.split(' ')).toHaveLength(32);
		await expect(page.locator('.handshake [data-key="alice-private"]')).toHaveText(hex);
		await page.reload();
		await hydrated(page);
		await expect(alicePublic).toHaveText(hex);
		expect(await alicePublic.textContent()).not.toBe(first);
	});

	test('both phones work out the same secret', async ({ page }) => {
		await openAt(page, 'same-secret-both-sides');
		const alice = page.locator('.handshake [data-secret="alice"]');
		await expect(alice).toHaveText(hex);
		expect(await alice.textContent()).toBe(
			await page.locator('.handshake [data-secret="bob"]').textContent()
		);
		await expect(page.locator('.handshake .verdict')).toContainText('The same 32 bytes');
	});

	test('the sealed message is ciphertext that Bob opens, different on each visit', async ({
		page
	}) => {
		await openAt(page, 'one-key-per-message');
		const sealed = page.locator('.handshake [data-sealed]');
		await expect(sealed).toHaveText(hex);
		const first = await sealed.textContent();
		await expect(page.locator('.handshake .flow')).toContainText(
			'Bob’s phone opens it “Meet me by the library at four”'
		);
		await page.reload();
		await hydrated(page);
		await expect(sealed).toHaveText(hex);
		expect(await sealed.textContent()).not.toBe(first);
	});

	test('a stolen chain key opens no earlier message, only the next', async ({ page }) => {
		await openAt(page, 'steal-todays-key');
		await expect(page.locator('.handshake .chain .link')).toHaveCount(4);
		// The page holds a deep-linked step in place for 1.2 s against late layout (scrolly-state,
		// `hold`). This button sits at the foot of the screen there, and Playwright's scroll to it
		// is no reader's gesture, so it does not end the hold: the hold pulled the page back in the
		// middle of the click. A reader's wheel, touch, click or key ends the hold at once.
		await page.waitForTimeout(1300);
		await page.getByRole('button', { name: 'Steal today’s key' }).click();
		const status = page.getByRole('status').filter({ hasText: 'stolen key was tried' });
		await expect(status).toHaveText(
			'The stolen key was tried on all 5 messages. It opened 0 of the 4 sent before the theft, and 1 of the 1 sent after it.'
		);
		await expect(page.locator('.handshake .chain .closed')).toHaveCount(4);
		await expect(page.locator('.handshake .chain .opened')).toContainText(
			'See you tomorrow, same place'
		);
		// "Give it back" goes once pressed; focus returns to the button that steals.
		const giveBack = page.getByRole('button', { name: 'Give it back' });
		await giveBack.focus();
		await page.keyboard.press('Enter');
		await expect(status).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Steal today’s key' })).toBeFocused();
	});

	test('when the server swaps in its own keys, the safety numbers stop matching', async ({
		page
	}) => {
		await openAt(page, 'a-key-swapped-in-the-middle');
		const alice = page.locator('.handshake [data-number="alice"]');
		await expect(alice).toHaveText(/^(\d{5} ){11}\d{5}\s*$/);
		const honest = await alice.textContent();
		expect(honest).toBe(await page.locator('.handshake [data-number="bob"]').textContent());
		await expect(page.locator('.handshake [data-verdict]')).toContainText('The numbers match');

		await page.getByRole('switch', { name: 'Let the server swap in its own keys' }).check();
		await expect(page.locator('.handshake [data-verdict]')).toContainText('The numbers differ');
		expect(await alice.textContent()).not.toBe(honest);
		expect(await alice.textContent()).not.toBe(
			await page.locator('.handshake [data-number="bob"]').textContent()
		);

		await page.getByRole('switch', { name: 'Let the server swap in its own keys' }).uncheck();
		await expect(page.locator('.handshake [data-verdict]')).toContainText('The numbers match');
		expect(await alice.textContent()).toBe(honest);
	});
});
