import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.mjs';

// SEALED_E2E_PORT lets a second checkout run its tests beside this one (CI uses the default).
const port = Number(process.env.SEALED_E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	expect: { timeout: 7_000 },
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
			}
		}
	],
	webServer: {
		// The tests run against the real prerendered build, served as a static host would.
		command: `npm run build && node scripts/serve.mjs --port ${port}`,
		// The build writes absolute URLs (oEmbed files, the default embed code) for this origin.
		env: { SEALED_ORIGIN: `http://localhost:${port}` },
		url: `http://localhost:${port}`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
