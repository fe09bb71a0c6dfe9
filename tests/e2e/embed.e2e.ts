import { createServer, type Server } from 'node:http';
import type { Frame, Locator, Page } from '@playwright/test';
import type { XapiStatement } from '../../src/lib/embed/xapi';
import { expect, hydrated, test } from './fixtures';
import { caseSeed, fuzzSeed, Random, TRICKY_WORDS } from '../support/fuzz';
import { steps } from '../../content/chapters/01-the-demand/steps';
import { questions } from '../../content/chapters/01-the-demand/quiz';

// A teacher's page lives on another site: host pages here are served from 127.0.0.1, a different
// site from the embeds' localhost, so the frames are cross-site as on a real class page or LMS.
const SITE_PORT = Number(process.env.SEALED_E2E_PORT ?? 4173);
const SITE = `http://localhost:${SITE_PORT}`;
const CHAPTER = '/embed/the-demand';

/** Host pages by path, shared by both host servers (one per origin). */
const hostPages = new Map<string, string>();
let servers: Server[] = [];
let HOST = '';
let OTHER = '';

test.beforeAll(async () => {
	// Two ports per parallel worker, from SITE_PORT + 10 (4216–4219 beside port 4206).
	const first = SITE_PORT + 10 + 2 * test.info().parallelIndex;
	HOST = `http://127.0.0.1:${first}`;
	OTHER = `http://127.0.0.1:${first + 1}`;
	servers = await Promise.all(
		[first, first + 1].map(
			(port) =>
				new Promise<Server>((resolve, reject) => {
					const server = createServer((req, res) => {
						const html = hostPages.get(new URL(req.url ?? '/', 'http://host').pathname);
						if (!html) return void res.writeHead(404).end();
						res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
					});
					server.once('error', reject);
					server.listen(port, '127.0.0.1', () => resolve(server));
				})
		)
	);
});

test.afterAll(async () => {
	await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

type Sizer = 'sealed' | 'h5p' | 'none';

/**
 * A class page holding one embed. `sizer`: our embed.js, a host that speaks only H5P's resizer
 * protocol (written here from its description), or nothing. Every message the page receives is
 * kept in `window.received`.
 */
function hostHtml(src: string, sizer: Sizer, frameStyle = ''): string {
	const h5pHost = `
		// An H5P-style host: pairs the message with its iframe by window, answers hello, lets the
		// frame shrink to the reported client height on prepareResize, then grows it on resize.
		addEventListener('message', (event) => {
			const data = event.data;
			if (!data || data.context !== 'h5p') return;
			const frame = [...document.querySelectorAll('iframe')].find(
				(candidate) => candidate.contentWindow === event.source
			);
			if (!frame) return;
			const answer = (action) =>
				event.source.postMessage({ context: 'h5p', action }, event.origin);
			if (data.action === 'hello') {
				frame.style.width = '100%';
				answer('hello');
			} else if (data.action === 'prepareResize') {
				if (frame.clientHeight !== data.scrollHeight || data.scrollHeight !== data.clientHeight) {
					frame.style.height = data.clientHeight + 'px';
					answer('resizePrepared');
				}
			} else if (data.action === 'resize') {
				frame.style.height = data.scrollHeight + 'px';
			}
		});`;
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Class 7: encryption</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; font: 16px sans-serif } iframe { display: block; width: 100%; max-width: 40rem; border: 0; ${frameStyle} }</style>
</head><body>
<h1>Class 7: encryption</h1>
<p>Read this before Thursday.</p>
<iframe id="sealed" title="Sealed: The demand" src="${src}"></iframe>
<p id="after">Questions? Ask in class.</p>
<script>
	window.received = [];
	addEventListener('message', (event) => window.received.push({ origin: event.origin, data: event.data }));
	${sizer === 'h5p' ? h5pHost : ''}
</script>
${sizer === 'sealed' ? `<script src="${SITE}/embed.js"></script>` : ''}
</body></html>`;
}

let pageCount = 0;

/** Opens a host page (on `origin`) around `embed`, and waits until the embed runs. */
async function openHost(
	page: Page,
	embed: string,
	{ sizer = 'sealed' as Sizer, origin = HOST, frameStyle = '' } = {}
): Promise<{ frame: Frame; iframe: Locator }> {
	const path = `/class-${++pageCount}`;
	hostPages.set(path, hostHtml(`${SITE}${embed}`, sizer, frameStyle));
	await page.goto(`${origin}${path}`);
	const iframe = page.locator('iframe#sealed');
	const handle = await iframe.elementHandle();
	const frame = await handle!.contentFrame();
	await frame!.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	return { frame: frame!, iframe };
}

/** How far the iframe's height is from its content's, in pixels. */
async function mismatch(iframe: Locator, frame: Frame): Promise<number> {
	const outer = await iframe.evaluate((element) => element.getBoundingClientRect().height);
	const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
	return Math.abs(outer - inner);
}

async function contentHeight(frame: Frame): Promise<number> {
	return frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
}

/** The iframe fits its content (within 3 px) and shows it all, with nothing to scroll inside. */
async function expectFitted(iframe: Locator, frame: Frame) {
	await expect.poll(() => mismatch(iframe, frame), { timeout: 5000 }).toBeLessThanOrEqual(3);
	const scroll = await frame.evaluate(
		() => document.documentElement.scrollHeight - document.documentElement.clientHeight
	);
	expect(scroll).toBeLessThanOrEqual(1);
}

/** Makes the embed's quiz live: the host page scrolls it into view, which loads it. */
async function reachFramedQuiz(frame: Frame) {
	await expect(async () => {
		await frame.locator('.quiz').first().scrollIntoViewIfNeeded({ timeout: 2000 });
		await frame.locator('.quiz fieldset').first().waitFor({ timeout: 2000 });
	}).toPass({ timeout: 15_000 });
}

/** Answers every question of a live quiz (any answer), as a student working through it would. */
async function answerEverything(scope: Frame) {
	const cards = scope.locator('.quiz fieldset');
	const count = await cards.count();
	for (let i = 0; i < count; i++) {
		const card = cards.nth(i);
		const type = await card.getAttribute('data-type');
		if (type === 'single' || type === 'true-false') await card.getByRole('radio').first().check();
		if (type === 'multiple') await card.getByRole('checkbox').first().check();
		if (type === 'matching') {
			for (const select of await card.locator('select').all())
				await select.selectOption({ index: 1 });
		}
		if (type === 'numeric') await card.getByLabel('Your estimate').fill('42');
		if (type === 'reflection') await card.getByRole('radio').first().check();
		await card.getByRole('button', { name: type === 'reflection' ? 'Save' : 'Check' }).click();
	}
}

/** Messages of type `type` the host page has received. */
async function receivedOfType(page: Page, type: string) {
	return page.evaluate(
		(wanted) =>
			(window as unknown as { received: { origin: string; data: { type?: string } }[] }).received
				.filter((message) => message.data && message.data.type === wanted)
				.map((message) => message as { origin: string; data: Record<string, unknown> }),
		type
	);
}

const status = (scope: Page | Frame) => scope.locator('.step-nav .status');

test.describe('embed in a class page on another site', () => {
	// The host pages are this file's own servers, not requests leaving the site.
	test.use({
		allowedOrigins: [0, 1, 2, 3].map((i) => `http://127.0.0.1:${SITE_PORT + 10 + i}`)
	});

	test('embed.js sizes the iframe to its content on load, and as the content grows', async ({
		page
	}) => {
		// A wide frame: the diagram beside the steps.
		const { frame, iframe } = await openHost(page, CHAPTER, { frameStyle: 'max-width: none' });
		await expectFitted(iframe, frame);
		const loaded = await contentHeight(frame);
		expect(loaded).toBeGreaterThan(600);

		// Moving to the next step changes the content.
		await frame.getByRole('button', { name: 'Next' }).click();
		await expect(status(frame)).toHaveText(`Step 2 of ${steps.length}`);
		await expectFitted(iframe, frame);

		// Checking an answer adds its feedback.
		await reachFramedQuiz(frame);
		await expectFitted(iframe, frame);
		const before = await contentHeight(frame);
		const first = frame.locator('.quiz fieldset').first();
		await first.getByRole('radio').first().check();
		await first.getByRole('button', { name: 'Check' }).click();
		await expect(first.locator('[role="status"]').last()).not.toBeEmpty();
		await expect.poll(() => contentHeight(frame)).toBeGreaterThan(before);
		await expectFitted(iframe, frame);
		await expect(page.locator('#after')).toBeAttached();
	});

	test('an iframe loaded before embed.js arrived gets sized when it does', async ({ page }) => {
		const { frame, iframe } = await openHost(page, CHAPTER, { sizer: 'none' });
		expect(await mismatch(iframe, frame)).toBeGreaterThan(100);
		await page.evaluate((src) => {
			const script = document.createElement('script');
			script.src = src;
			document.body.append(script);
		}, `${SITE}/embed.js`);
		await expectFitted(iframe, frame);
	});

	test('a host that speaks only H5P’s resizer protocol sizes it too', async ({ page }) => {
		const { frame, iframe } = await openHost(page, CHAPTER, { sizer: 'h5p' });
		await expectFitted(iframe, frame);
		const loaded = await contentHeight(frame);
		await frame.locator('.step:not(.off) .diagram-note summary').click();
		await expect.poll(() => contentHeight(frame)).toBeGreaterThan(loaded);
		await expectFitted(iframe, frame);
		// Content that shrinks back: the frame follows it down as well.
		await frame.locator('.step:not(.off) .diagram-note summary').click();
		await expect.poll(() => contentHeight(frame)).toBe(loaded);
		await expectFitted(iframe, frame);
	});

	test('its content height does not depend on the frame’s, so sizing cannot loop', async ({
		page
	}) => {
		const { frame, iframe } = await openHost(page, CHAPTER, {
			sizer: 'none',
			frameStyle: 'height: 400px'
		});
		const short = await contentHeight(frame);
		await iframe.evaluate((element) => (element.style.height = '4000px'));
		await page.waitForTimeout(300);
		expect(await contentHeight(frame)).toBe(short);
		// Host pages that let it grow see it settle: a few messages, then none.
		const { frame: sized } = await openHost(page, CHAPTER);
		await expectFitted(page.locator('iframe#sealed'), sized);
		const count = (await receivedOfType(page, 'sealed:resize')).length;
		await page.waitForTimeout(1000);
		expect((await receivedOfType(page, 'sealed:resize')).length).toBe(count);
		expect(count).toBeLessThan(10);
	});

	test('with report=<host origin>, the host receives xAPI-shaped statements', async ({ page }) => {
		const { frame } = await openHost(page, `${CHAPTER}?report=${encodeURIComponent(HOST)}`);
		await reachFramedQuiz(frame);
		const first = frame.locator('.quiz fieldset').first();
		const question = questions[0]!;
		await first.getByRole('radio').nth(1).check();
		await first.getByRole('button', { name: 'Check' }).click();

		await expect.poll(async () => (await receivedOfType(page, 'sealed:quiz')).length).toBe(1);
		const [answered] = await receivedOfType(page, 'sealed:quiz');
		expect(answered!.origin).toBe(SITE);
		const statement = answered!.data.statement as XapiStatement;
		expect(statement).toEqual({
			verb: {
				id: 'http://adlnet.gov/expapi/verbs/answered',
				display: { 'en-US': 'answered' }
			},
			object: {
				objectType: 'Activity',
				id: `${SITE}/chapters/the-demand#quiz/${question.id}`,
				definition: {
					name: { 'en-US': question.prompt },
					type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
					interactionType: 'choice'
				}
			},
			result: {
				score: { scaled: 1, raw: 1, min: 0, max: 1 },
				success: true,
				completion: true,
				duration: expect.stringMatching(/^PT(\d+M)?[\d.]+S$/)
			},
			context: {
				contextActivities: {
					parent: [{ objectType: 'Activity', id: `${SITE}/chapters/the-demand#quiz` }]
				}
			},
			timestamp: expect.any(String)
		});
		expect(Math.abs(Date.parse(statement.timestamp) - Date.now())).toBeLessThan(60_000);
		expect(statement).not.toHaveProperty('actor');

		// Working through the rest completes the quiz: one completed statement, with the total,
		// sent as the last scored question is checked (the closing reflection is optional).
		await answerEverything(frame);
		const statements = async () =>
			(await receivedOfType(page, 'sealed:quiz')).map(
				(message) => message.data.statement as XapiStatement
			);
		const lastId = (list: XapiStatement[]) => list.at(-1)?.object.id;
		const reflection = questions.at(-1)!;
		expect(reflection.type).toBe('reflection');
		await expect
			.poll(async () => lastId(await statements()))
			.toBe(`${SITE}/chapters/the-demand#quiz/${reflection.id}`);
		const all = await statements();
		const verbs = all.map((item) => item.verb.display['en-US']);
		expect(verbs.filter((verb) => verb === 'completed')).toHaveLength(1);
		const at = verbs.indexOf('completed');
		const lastScored = questions.filter((q) => q.type !== 'reflection').at(-1)!;
		expect(all[at - 1]!.object.id).toBe(`${SITE}/chapters/the-demand#quiz/${lastScored.id}`);
		expect(verbs.at(-1)).toBe('answered');
		const completed = all[at]!;
		expect(completed.object).toEqual({
			objectType: 'Activity',
			id: `${SITE}/chapters/the-demand#quiz`,
			definition: {
				name: { 'en-US': 'Quiz: The demand' },
				type: 'http://adlnet.gov/expapi/activities/assessment'
			}
		});
		expect(completed.result.completion).toBe(true);
		expect(typeof completed.result.success).toBe('boolean');
		const score = completed.result.score!;
		expect(score.min).toBe(0);
		expect(score.max).toBeGreaterThan(5);
		expect(score.scaled).toBeCloseTo(score.raw / score.max, 3);
		expect(completed.result.duration).toMatch(/^PT/);
		// Every statement came from the embed, and none carried the reader's reflection.
		expect((await receivedOfType(page, 'sealed:quiz')).every((m) => m.origin === SITE)).toBe(true);
		expect(JSON.stringify(all)).not.toContain('"text"');
	});

	test('a host on another origin than report= receives no results, and sees no error', async ({
		page
	}) => {
		const { frame } = await openHost(page, `${CHAPTER}?report=${encodeURIComponent(HOST)}`, {
			origin: OTHER
		});
		await reachFramedQuiz(frame);
		const first = frame.locator('.quiz fieldset').first();
		await first.getByRole('radio').nth(1).check();
		await first.getByRole('button', { name: 'Check' }).click();
		await expect(first.locator('[role="status"]').last()).toContainText('Correct');
		await page.waitForTimeout(500);
		expect(await receivedOfType(page, 'sealed:quiz')).toEqual([]);
		// It is still sized: heights go to any host.
		expect((await receivedOfType(page, 'sealed:resize')).length).toBeGreaterThan(0);
	});

	test('without report=, or with a malformed one, nothing is sent', async ({ page }) => {
		for (const embed of [CHAPTER, `${CHAPTER}?report=${encodeURIComponent(`${HOST}/`)}`]) {
			const { frame } = await openHost(page, embed);
			await reachFramedQuiz(frame);
			const first = frame.locator('.quiz fieldset').first();
			await first.getByRole('radio').nth(1).check();
			await first.getByRole('button', { name: 'Check' }).click();
			await expect(first.locator('[role="status"]').last()).toContainText('Correct');
			await page.waitForTimeout(300);
			expect(await receivedOfType(page, 'sealed:quiz'), embed).toEqual([]);
		}
	});

	test('junk messages from the host change nothing and throw nothing', async ({ page }) => {
		// Still diagrams, so the page's markup before and after can be compared.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const { frame, iframe } = await openHost(page, `${CHAPTER}?report=${encodeURIComponent(HOST)}`);
		await expectFitted(iframe, frame);
		await frame.getByRole('button', { name: 'Next' }).click();
		await expect(status(frame)).toHaveText(`Step 2 of ${steps.length}`);
		const before = {
			url: frame.url(),
			height: await iframe.evaluate((element) => element.getBoundingClientRect().height),
			html: await frame.locator('main').innerHTML()
		};

		await page.evaluate(() => {
			const target = (document.getElementById('sealed') as HTMLIFrameElement).contentWindow!;
			const huge = 'x'.repeat(2_000_000);
			const junk: unknown[] = [
				null,
				undefined,
				42,
				huge,
				[huge],
				{ type: huge },
				{ type: 'sealed:resize', height: huge },
				{ type: 'sealed:navigate', url: 'https://example.org' },
				{ type: 'sealed:eval', code: 'document.body.remove()' },
				{ type: 'sealed:theme', theme: 'dark' },
				{ type: 'sealed:step', step: 5 },
				{ type: 'sealed:quiz', statement: { verb: 'completed' } },
				{ type: 'sealed:request-height', height: 1 },
				{ context: 'h5p', action: 'fullScreen' },
				{ context: 'h5p', action: 'setHeight', height: 1 },
				{ context: 'h5p', action: huge },
				{ context: 'h5p' },
				{ __proto__: { type: 'sealed:request-height' } },
				new Blob(['sealed'], { type: 'sealed:request-height' }),
				new Uint8Array(1024),
				new Date(),
				new Map([['type', 'sealed:request-height']]),
				'{"type":"sealed:request-height"}'
			];
			for (const message of junk) target.postMessage(message, '*');
			// And messages to the host page itself, which embed.js must not take for an embed's.
			window.postMessage({ type: 'sealed:resize', height: 5 }, '*');
		});
		// From inside the frame too: a height embed.js refuses.
		await frame.evaluate(() => {
			parent.postMessage({ type: 'sealed:resize', height: -50 }, '*');
			parent.postMessage({ type: 'sealed:resize', height: 1e9 }, '*');
			parent.postMessage({ type: 'sealed:resize', height: '50' }, '*');
		});
		await page.waitForTimeout(600);

		expect(frame.url()).toBe(before.url);
		await expect(status(frame)).toHaveText(`Step 2 of ${steps.length}`);
		expect(await frame.locator('main').innerHTML()).toBe(before.html);
		await expect(frame.locator('html')).not.toHaveAttribute('data-theme');
		expect(await iframe.evaluate((element) => element.getBoundingClientRect().height)).toBe(
			before.height
		);
		expect(await receivedOfType(page, 'sealed:quiz')).toEqual([]);
		await expectFitted(iframe, frame);
	});

	test('hundreds of random messages from the host change nothing and throw nothing', async ({
		page
	}) => {
		// Seeded: a failure names the seed, and SEALED_FUZZ_SEED=<seed> replays the same messages.
		const seed = fuzzSeed();
		const where = `fuzz seed ${seed} (replay with SEALED_FUZZ_SEED=${seed})`;
		const messages = Array.from({ length: 300 }, (_, run) => {
			const random = new Random(caseSeed(seed, run));
			// JSON-like values and near misses of the requests an embed answers; the unit tests
			// (tests/unit/embed/fuzz.test.ts) add dates, maps, buffers and the like by the thousand.
			return random.bool(0.5)
				? random.json(4)
				: {
						type: random.pick(TRICKY_WORDS),
						...(random.bool() ? { context: random.pick(TRICKY_WORDS) } : {}),
						...(random.bool() ? { action: random.pick(TRICKY_WORDS) } : {}),
						...(random.bool() ? { height: random.number() } : {}),
						...(random.bool(0.3) ? { [random.key()]: random.json(2) } : {})
					};
		});
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const { frame, iframe } = await openHost(page, `${CHAPTER}?report=${encodeURIComponent(HOST)}`);
		await expectFitted(iframe, frame);
		await frame.getByRole('button', { name: 'Next' }).click();
		await expect(status(frame)).toHaveText(`Step 2 of ${steps.length}`);
		const snapshot = async () => ({
			url: frame.url(),
			html: await frame.locator('main').innerHTML(),
			theme: await frame.locator('html').getAttribute('data-theme'),
			// Third-party frames may be refused storage (the embed then keeps progress in memory).
			stored: await frame.evaluate(() => {
				try {
					return localStorage.getItem('sealed:v1');
				} catch {
					return 'storage refused';
				}
			})
		});
		const before = await snapshot();

		const posted = await page.evaluate((list) => {
			const target = (document.getElementById('sealed') as HTMLIFrameElement).contentWindow!;
			let count = 0;
			for (const message of list) {
				try {
					target.postMessage(message, '*');
					count += 1;
				} catch {
					// Not cloneable in this browser: not something a host could send either.
				}
			}
			return count;
		}, messages);
		expect(posted, where).toBeGreaterThan(250);
		await page.waitForTimeout(600);

		expect(await snapshot(), where).toEqual(before);
		await expect(status(frame), where).toHaveText(`Step 2 of ${steps.length}`);
		expect(await receivedOfType(page, 'sealed:quiz'), where).toEqual([]);
		await expectFitted(iframe, frame);
	});

	test('no service worker is registered inside the frame', async ({ page, context }) => {
		await openHost(page, CHAPTER);
		await page.waitForTimeout(1000);
		expect(context.serviceWorkers()).toEqual([]);
	});
});

test.describe('embed opened directly', () => {
	test('has the chapter without the site around it, and a link to the full chapter', async ({
		page
	}) => {
		await page.goto(CHAPTER);
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The demand');
		await expect(page.locator('.site-header, .site-footer, .skip-link')).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: 'Site' })).toHaveCount(0);
		const open = page.getByRole('link', { name: 'Open the full chapter (opens in a new tab)' });
		await expect(open).toHaveAttribute('href', '/chapters/the-demand');
		await expect(open).toHaveAttribute('target', '_blank');
		await expect(open).toHaveAttribute('rel', 'noopener');
		// Citations and glossary links lead to the site, in a new tab too.
		const cite = page.locator('sup.cite a').first();
		await expect(cite).toHaveAttribute('target', '_blank');
		await expect(cite).toHaveAttribute('aria-label', /\(opens in a new tab\)$/);
		await expect(page.locator('.quiz')).toHaveCount(1);
		await expect(page).toHaveTitle(/The demand · Chapter 1 · Sealed/);
	});

	test('a link in the prose opens the site in a new tab, and the embed stays', async ({
		page,
		context
	}) => {
		// Chapter 3 links back to chapter 1 from one of its steps (a Markdown link in the prose).
		const embed = '/embed/keys-locks-and-handshakes#what-the-eavesdropper-sees';
		await page.goto(embed);
		await hydrated(page);
		const link = page.locator('.step:visible').getByRole('link', { name: 'chapter 1' });
		const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
		await popup.waitForLoadState();
		expect(new URL(popup.url()).pathname).toBe('/chapters/the-demand');
		expect(new URL(page.url()).pathname).toBe('/embed/keys-locks-and-handshakes');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keys, locks and handshakes');
		await popup.close();
	});

	test('shows one step at a time, turned by the buttons and keys', async ({ page }) => {
		await page.goto(CHAPTER);
		await hydrated(page);
		await expect(status(page)).toHaveText(`Step 1 of ${steps.length}`);
		await expect(page.locator('.step:visible')).toHaveCount(1);
		await expect(page.locator(`#${steps[0]!.id}`)).toBeVisible();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(status(page)).toHaveText(`Step 2 of ${steps.length}`);
		await expect(page.locator('.step:visible')).toHaveCount(1);
		await expect(page.locator(`#${steps[1]!.id}`)).toBeVisible();
		await page.keyboard.press('ArrowRight');
		await expect(status(page)).toHaveText(`Step 3 of ${steps.length}`);
		await expect(page.locator(`#${steps[2]!.id}`)).toBeVisible();
	});

	test('from and to show only that range, and the step buttons keep to it', async ({ page }) => {
		const [from, middle, to] = [steps[1]!, steps[2]!, steps[3]!];
		await page.goto(`${CHAPTER}?from=${from.id}&to=${to.id}`);
		await hydrated(page);
		await expect(status(page)).toHaveText('Step 1 of 3');
		await expect(page.locator('.figure-step')).toHaveText(from.label);
		await expect(page.locator('.step:visible')).toHaveCount(1);
		await expect(page.locator(`#${from.id}`)).toBeVisible();
		const previous = page.getByRole('button', { name: 'Previous' });
		const next = page.getByRole('button', { name: 'Next' });
		await expect(previous).toHaveAttribute('aria-disabled', 'true');

		await next.click();
		await expect(status(page)).toHaveText('Step 2 of 3');
		await expect(page.locator(`#${middle.id}`)).toBeVisible();
		await expect(page.locator('.step-nav [role="status"]')).toHaveText(
			`Step 2 of 3: ${middle.label}`
		);
		await next.click();
		await expect(status(page)).toHaveText('Step 3 of 3');
		await expect(next).toHaveAttribute('aria-disabled', 'true');
		// Pressed anyway (it is focusable, only marked unavailable), and the arrow key too.
		await next.focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('ArrowRight');
		await expect(status(page)).toHaveText('Step 3 of 3');
		await expect(page.locator(`#${to.id}`)).toBeVisible();
		for (const outside of [steps[0]!, steps[4]!, steps.at(-1)!]) {
			await expect(page.locator(`#${outside.id}`)).toBeHidden();
		}
		// The link to the full chapter opens at the start of the range.
		await expect(
			page.getByRole('link', { name: 'Open the full chapter (opens in a new tab)' })
		).toHaveAttribute('href', `/chapters/the-demand#${from.id}`);
	});

	test('quiz=0 leaves the quiz out', async ({ page }) => {
		await page.goto(`${CHAPTER}?quiz=0`);
		await hydrated(page);
		await expect(page.locator('.quiz')).toHaveCount(0);
		await expect(status(page)).toHaveText(`Step 1 of ${steps.length}`);
	});

	for (const search of [
		'?from=nowhere&to=nor-here&quiz=maybe&theme=purple&report=javascript:alert(1)',
		`?from=${steps[4]!.id}&to=${steps[1]!.id}`,
		`?from=${steps[1]!.id}&from=${steps[2]!.id}&theme=dark&theme=light&quiz=0&quiz=1`,
		`?from=${'x'.repeat(6000)}&theme=${'%00'.repeat(500)}&report=https://${'a'.repeat(900)}.example`,
		'?%E0%A4%A=%ZZ&from&to=&quiz&theme&&&=&report=*',
		`?report=null&report=${encodeURIComponent('https://a.example/')}`
	]) {
		test(`bad values fall back to the defaults: ${search.slice(0, 60)}`, async ({ page }) => {
			await page.goto(`${CHAPTER}${search}`);
			await hydrated(page);
			await expect(status(page)).toHaveText(`Step 1 of ${steps.length}`);
			await expect(page.locator(`#${steps[0]!.id}`)).toBeVisible();
			await expect(page.locator('.quiz')).toHaveCount(1);
			await expect(page.locator('html')).not.toHaveAttribute('data-theme');
			await page.getByRole('button', { name: 'Next' }).click();
			await expect(status(page)).toHaveText(`Step 2 of ${steps.length}`);
		});
	}

	const background = (page: Page) =>
		page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const LIGHT = 'rgb(251, 250, 247)';
	const DARK = 'rgb(21, 23, 26)';

	test.describe('on a light system', () => {
		test.use({ colorScheme: 'light' });

		test('theme=dark turns it dark; auto and light stay light', async ({ page }) => {
			await page.goto(`${CHAPTER}?theme=dark`);
			await hydrated(page);
			await expect.poll(() => background(page)).toBe(DARK);
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			for (const theme of ['auto', 'light']) {
				await page.goto(`${CHAPTER}?theme=${theme}`);
				await hydrated(page);
				expect(await background(page)).toBe(LIGHT);
			}
		});
	});

	test.describe('on a dark system', () => {
		test.use({ colorScheme: 'dark' });

		test('theme=light turns it light; auto and dark stay dark', async ({ page }) => {
			await page.goto(`${CHAPTER}?theme=light`);
			await hydrated(page);
			await expect.poll(() => background(page)).toBe(LIGHT);
			for (const theme of ['auto', 'dark']) {
				await page.goto(`${CHAPTER}?theme=${theme}`);
				await hydrated(page);
				expect(await background(page)).toBe(DARK);
			}
		});
	});

	test('registers no service worker, where the site itself does', async ({ page, context }) => {
		await page.goto(CHAPTER);
		await hydrated(page);
		await page.waitForTimeout(1000);
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
		expect(context.serviceWorkers()).toEqual([]);
		// The control: the site's own pages do register one, so the check above can fail.
		await page.goto('/');
		await hydrated(page);
		await page.evaluate(() => navigator.serviceWorker.ready);
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(1);
	});
});
