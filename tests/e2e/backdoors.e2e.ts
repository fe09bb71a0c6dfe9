import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { EXPECTED } from '../../src/lib/backdoors/matrix';
import { REPORT_SEEN_BY } from '../../src/lib/backdoors/scanning';
import { DESIGN_NAMES } from '../../src/lib/backdoors/threat-model';
import { ARCHIVE_TEXTS } from '../../src/lib/backdoors/archive';
import { DESIGN_IDS, PARTY_IDS } from '../../src/lib/backdoors/types';

const chapter = '/chapters/what-a-backdoor-would-change';

async function openAt(page: Page, step: string) {
	await page.goto(`${chapter}#${step}`);
	await hydrated(page);
}

/** The explorer's table row results, in party order. */
async function results(page: Page): Promise<(string | null)[]> {
	const cells = page.locator('.explorer tbody td.result');
	return Promise.all(PARTY_IDS.map((_, i) => cells.nth(i).getAttribute('data-result')));
}

async function chooseDesign(page: Page, name: string) {
	const radio = page.getByRole('radio', { name, exact: true });
	await radio.focus();
	await page.keyboard.press('Space');
	await expect(radio).toBeChecked();
}

const realAttempts = (page: Page) =>
	page.getByRole('status').filter({ hasText: 'found by real attempts in this browser' });

test.describe('chapter 4: what a backdoor would change', () => {
	test('switching designs changes every party’s result to what real attempts give', async ({
		page
	}) => {
		await openAt(page, 'who-can-read');
		for (const design of DESIGN_IDS) {
			await chooseDesign(page, DESIGN_NAMES[design]);
			await expect(realAttempts(page)).toContainText(DESIGN_NAMES[design]);
			expect(await results(page)).toEqual(PARTY_IDS.map((party) => EXPECTED[design][party]));
		}
		// The sticky matrix says it shows live results, not the expected ones.
		await expect(page.locator('.matrix caption')).toContainText('real attempt in this browser');
	});

	test('the reader’s own message goes through every design', async ({ page }) => {
		await openAt(page, 'who-can-read');
		await expect(realAttempts(page)).toBeVisible();
		const field = page.getByLabel('Alice’s message');
		await field.fill('Lunch at one?');
		await field.press('Enter');
		await expect(page.locator('.explorer caption')).toContainText('“Lunch at one?”');
		await chooseDesign(page, 'Weakened keys');
		await expect(realAttempts(page)).toBeVisible();
		await expect(page.locator('.explorer tr[data-party="criminal"] .how')).not.toBeEmpty();
		expect(await results(page)).toEqual(PARTY_IDS.map(() => 'reads'));
	});

	test('adding a protest slogan to the list gets an innocent message reported', async ({
		page
	}) => {
		await openAt(page, 'the-list-grows');
		const verdict = page.getByRole('status').filter({ hasText: /match/i });
		await expect(verdict).toContainText('No match');
		const add = page.getByRole('button', { name: 'Add “free the protesters” to the list' });
		await add.focus();
		await page.keyboard.press('Enter');
		await expect(add).toHaveAttribute('aria-pressed', 'true');
		await expect(verdict).toContainText('Match on “free the protesters”');
		await expect(verdict).toContainText('bring the banner');
		// The matrix follows: those who see reports now read it, though nobody new can decrypt it.
		await page.goto(`${chapter}#who-can-read`);
		await chooseDesign(page, 'Client-side scanning');
		await expect(realAttempts(page)).toBeVisible();
		expect(await results(page)).toEqual(
			PARTY_IDS.map((party) =>
				REPORT_SEEN_BY.includes(party) ? 'reads-via-report' : EXPECTED.scanning[party]
			)
		);
		// A fresh visit starts with the list as shipped.
		await page.reload();
		await hydrated(page);
		await chooseDesign(page, 'Client-side scanning');
		await expect(realAttempts(page)).toBeVisible();
		expect(await results(page)).toEqual(PARTY_IDS.map((party) => EXPECTED.scanning[party]));
	});

	test('the leaked escrow key opens every past message', async ({ page }) => {
		await openAt(page, 'the-escrow-key-leaks');
		const leak = page.getByRole('button', { name: 'Leak the escrow key' });
		await expect(leak).not.toHaveAttribute('aria-disabled', 'true');
		await leak.click();
		const status = page.getByRole('status').filter({ hasText: 'past messages' });
		await expect(status).toContainText(
			`The thief opened ${ARCHIVE_TEXTS.length} of ${ARCHIVE_TEXTS.length} past messages`
		);
		for (const text of ARCHIVE_TEXTS) await expect(status).toContainText(text);
		// "Start again" goes once pressed; focus returns to the button that leaks.
		await page.getByRole('button', { name: 'Start again' }).focus();
		await page.keyboard.press('Enter');
		await expect(status).toHaveCount(0);
		await expect(leak).toBeFocused();
	});

	test('the ghost is seen unless the app hides the notice', async ({ page }) => {
		await openAt(page, 'hiding-the-notice');
		const hide = page.getByRole('checkbox', { name: /Hide the new device/ });
		await expect(hide).toBeEnabled();
		await expect(hide).toBeChecked();
		const app = page.locator('section[aria-labelledby="ghost-app-view"]');
		await expect(app.locator('.devices li')).toHaveCount(1);
		await expect(app.getByRole('status')).toContainText('No warning');
		const hiddenNumber = await app.locator('.number code').textContent();
		await expect(page.locator('section[aria-labelledby="ghost-real-view"] li')).toHaveCount(2);

		await hide.focus();
		await page.keyboard.press('Space');
		await expect(hide).not.toBeChecked();
		await expect(app.getByRole('status')).toContainText('The app warns');
		await expect(app.locator('.devices li')).toHaveCount(2);
		expect(await app.locator('.number code').textContent()).not.toBe(hiddenNumber);
	});

	test('the key race shows progress, can be cancelled, and finds the key', async ({ page }) => {
		test.slow();
		await openAt(page, 'race-the-key');
		const start = page.getByRole('button', { name: 'Start guessing' });
		const cancel = page.getByRole('button', { name: 'Cancel' });
		const progress = page.getByRole('progressbar');

		await page.getByRole('radio', { name: /^24 bits/ }).check();
		await start.click();
		await expect
			.poll(async () => Number(await progress.getAttribute('value')), { timeout: 15_000 })
			.toBeGreaterThan(0);
		await expect(page.locator('.race .figures')).toContainText('keys a second on this device');
		await cancel.click();
		await expect(page.getByRole('status').filter({ hasText: 'Cancelled' })).toContainText(
			'The key was not found'
		);

		await page.getByRole('radio', { name: /^16 bits/ }).check();
		await start.click();
		const found = page.getByRole('status').filter({ hasText: 'Found the key' });
		await expect(found).toContainText('The meeting moved to Thursday', { timeout: 60_000 });
		await expect(page.locator('.race code')).toHaveText(/^[0-9a-f]{64}$/);
		const table = page.getByRole('table', { name: 'Time to try every key' });
		await expect(table.getByRole('row', { name: /56 bits/ })).toContainText('about 20 hours');
		await expect(table.getByRole('row', { name: /128 bits/ })).toContainText('× 10');
	});
});
