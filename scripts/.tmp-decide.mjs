import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
for (const w of [1280, 320]) {
	const page = await browser.newPage({ viewport: { width: w, height: 900 } });
	page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	await page.goto('http://localhost:4203/chapters/privacy-or-safety');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	const decide = page.locator('.decide');
	await decide.getByRole('radio').nth(1).check();
	await decide.getByRole('radio').nth(4).check();
	await page.waitForTimeout(300);
	await decide.screenshot({ path: `/tmp/decide-${w}.png` });
	await page.locator('.placements').screenshot({ path: `/tmp/placements-${w}.png` });
	console.log(await page.evaluate(() => localStorage.getItem('sealed:v1')));
	await page.close();
}
await browser.close();
