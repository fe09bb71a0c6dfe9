import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
const base = 'http://localhost:4203/chapters/privacy-or-safety';
const [w, h] = [Number(process.argv[2]), Number(process.argv[3])];
const hashes = process.argv.slice(4);
const page = await browser.newPage({ viewport: { width: w, height: h } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
for (const hash of hashes) {
	await page.goto(`${base}#${hash}`);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.waitForTimeout(1500);
	await page.screenshot({ path: `/tmp/v-${w}-${hash}.png` });
	console.log('shot', hash);
}
await browser.close();
