import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test } from './fixtures';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium-path.mjs';

test('Chromium finds Sealed installable, with a valid manifest', async ({ baseURL }) => {
	// Ordinary test contexts are incognito-like, which Chromium never installs from: use a profile.
	const profile = mkdtempSync(join(tmpdir(), 'sealed-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		args: chromiumArgs
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(baseURL!);
		await page.evaluate(() => navigator.serviceWorker.ready);
		const cdp = await context.newCDPSession(page);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
		expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
