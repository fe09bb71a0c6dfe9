import { readdirSync } from 'node:fs';
import { test as base, expect, type Page, type Request } from '@playwright/test';

/** Every chapter's URL, from the content folders (`01-the-demand` → `/chapters/the-demand`). */
export const chapters = readdirSync('content/chapters', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => `/chapters/${entry.name.replace(/^\d+-/, '')}`)
	.sort();

/** Every chapter's embed (`/embed/the-demand`), for teachers' pages. */
export const embeds = chapters.map((path) => path.replace(/^\/chapters\//, '/embed/'));
/** Each chapter's printable worksheet and answer key, for teachers. */
export const teachPages = chapters.flatMap((path) => {
	const slug = path.replace('/chapters/', '');
	return [`/teach/${slug}/worksheet`, `/teach/${slug}/answers`];
});

/** Every prerendered page a reader can reach. */
export const pages = [
	'/',
	...chapters,
	'/final',
	'/glossary',
	'/progress',
	'/sources',
	'/teach',
	...teachPages,
	'/404',
	...embeds
];

interface Problems {
	console: string[];
	pageErrors: string[];
	cspViolations: string[];
	foreignRequests: string[];
}

/**
 * Starts recording what a reader should never meet: errors, CSP violations, foreign requests.
 * `allowedOrigins`: origins besides localhost that a test serves itself (a teacher's host page).
 */
export async function watch(page: Page, allowedOrigins: readonly string[] = []): Promise<Problems> {
	const problems: Problems = {
		console: [],
		pageErrors: [],
		cspViolations: [],
		foreignRequests: []
	};
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
		});
	});
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const text = message.text();
		(text.startsWith('CSP violation') ? problems.cspViolations : problems.console).push(text);
	});
	page.on('pageerror', (error) => problems.pageErrors.push(error.message));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
		if (url.hostname !== 'localhost' && !allowedOrigins.includes(url.origin)) {
			problems.foreignRequests.push(request.url());
		}
	});
	return problems;
}

type Fixtures = {
	/** Failing signals recorded during the test; checked automatically when it ends. */
	problems: Problems;
	/** Console errors a test expects (e.g. the 404 document itself); matched by substring. */
	expectedConsoleErrors: string[];
	/** Exact origins, other than localhost, of servers a test starts itself (embed host pages). */
	allowedOrigins: string[];
};

export const test = base.extend<Fixtures>({
	expectedConsoleErrors: [[], { option: true }],
	allowedOrigins: [[], { option: true }],
	problems: [
		async ({ page, expectedConsoleErrors, allowedOrigins }, use) => {
			const problems = await watch(page, allowedOrigins);
			await use(problems);
			const unexpected = problems.console.filter(
				(text) => !expectedConsoleErrors.some((expected) => text.includes(expected))
			);
			expect(unexpected, 'console errors').toEqual([]);
			expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
			expect(problems.cspViolations, 'Content-Security-Policy violations').toEqual([]);
			expect(problems.foreignRequests, 'requests that left the site').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until SvelteKit has hydrated the page, so clicks reach live handlers. */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** Brings a chapter's quiz into reach, which loads it, and waits until it is live. */
export async function reachQuiz(page: Page): Promise<void> {
	// The quiz may be rebuilt once saved answers are read: retry until it is live.
	await expect(async () => {
		await page.locator('.quiz').first().scrollIntoViewIfNeeded({ timeout: 2000 });
		await page.locator('.quiz fieldset').first().waitFor({ timeout: 2000 });
	}).toPass({ timeout: 10_000 });
}

/**
 * Counts a page's requests in flight (its frames' included), so a test can wait for the network
 * to rest. Playwright's own `networkidle` can lose track of a frame made while the page runs (the
 * /teach preview): it then waits forever with nothing in flight. This waits on what it saw, and
 * when it gives up, names the requests still open.
 */
export function trackRequests(page: Page): {
	quiet(quietMs?: number, timeout?: number): Promise<void>;
} {
	const open = new Set<Request>();
	let lastChange = Date.now();
	const counted = (request: Request) => /^https?:/.test(request.url());
	page.on('request', (request) => {
		if (!counted(request)) return;
		open.add(request);
		lastChange = Date.now();
	});
	const done = (request: Request) => {
		if (open.delete(request)) lastChange = Date.now();
	};
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	return {
		async quiet(quietMs = 500, timeout = 15_000) {
			const deadline = Date.now() + timeout;
			while (open.size > 0 || Date.now() - lastChange < quietMs) {
				if (Date.now() > deadline) {
					const urls = [...open].map((request) => request.url());
					throw new Error(
						`The network did not rest within ${timeout} ms; open: ${urls.join(', ') || 'none'}`
					);
				}
				await page.waitForTimeout(50);
			}
		}
	};
}
