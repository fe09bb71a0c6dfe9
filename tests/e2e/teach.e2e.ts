import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { questions as chapter1Quiz } from '../../content/chapters/01-the-demand/quiz';

/** Every chapter, in course order, with its step ids read from its prose. */
/** A YAML scalar as written in front matter: 'quoted' (with '' for ') or "quoted" or plain. */
function unquote(value: string): string {
	if (/^'.*'$/.test(value)) return value.slice(1, -1).replaceAll("''", "'");
	if (/^".*"$/.test(value)) return JSON.parse(value) as string;
	return value;
}

const chapters = readdirSync('content/chapters', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort()
	.map((folder) => {
		const prose = readFileSync(`content/chapters/${folder}/index.svx`, 'utf8');
		return {
			slug: folder.replace(/^\d+-/, ''),
			title: unquote(/^title:\s*(.+)$/m.exec(prose)![1]!.trim()),
			steps: [...prose.matchAll(/<Step id="([^"]+)"/g)].map((match) => match[1]!)
		};
	});
const [first, second] = chapters as [(typeof chapters)[0], (typeof chapters)[0]];

/** The second origin the copied code is pasted into: the e2e port + 10 (4207 → 4217). */
const HOST_PORT =
	Number(process.env.SEALED_E2E_HOST_PORT ?? 0) || Number(process.env.SEALED_E2E_PORT ?? 4173) + 10;

const code = (page: Page) => page.getByLabel('Embed code');
const preview = (page: Page) => page.getByTestId('embed-preview');
const copyStatus = (page: Page) => page.locator('.copy-row [role="status"]');

async function openTeach(page: Page) {
	await page.goto('/teach');
	await hydrated(page);
	// The code carries the page's own origin once it runs.
	await expect(code(page)).toHaveValue(new RegExp(`src="${new URL(page.url()).origin}/embed/`));
}

test.describe('/teach', () => {
	// One test per chapter: /teach is long, and seven chapters in one test outrun its time on a
	// busy machine.
	for (const chapter of chapters) {
		test(`lists ${chapter.slug} with its objectives, notes and a closed answer key`, async ({
			page
		}) => {
			await page.goto(`/chapters/${chapter.slug}`);
			const objectives = await page.locator('.objectives li').allTextContents();
			await page.goto('/teach');
			const section = page.locator(`#teach-${chapter.slug}`);
			await expect(section.getByRole('heading', { level: 2 })).toContainText(chapter.title);
			await expect(section).toContainText(/Reading: \d+ min · Activity: \d+ min · Quiz: \d+/);
			const listed = section
				.getByRole('heading', { name: 'Learning objectives' })
				.locator('xpath=following-sibling::ul[1]/li');
			expect(await listed.allTextContents()).toEqual(objectives);
			for (const name of ['What students should know first', 'Discussion questions']) {
				await expect(section.getByRole('heading', { name })).toBeVisible();
			}
			await expect(section.getByRole('heading', { name: /^Activity: / })).toBeVisible();
			await expect(section.getByRole('link', { name: 'Printable worksheet' })).toHaveAttribute(
				'href',
				`/teach/${chapter.slug}/worksheet`
			);
			await expect(section.locator('details.key')).not.toHaveAttribute('open');
		});
	}

	test('an answer key opens and is generated from the quiz', async ({ page }) => {
		await page.goto('/teach');
		// The key is generated from quiz.ts: the first question's answer and its explanation.
		await hydrated(page);
		const key = page.locator(`#teach-${first.slug} details.key`);
		const question = chapter1Quiz[0]!;
		await expect(key.getByText(question.prompt)).toBeHidden();
		await key.locator('summary').click();
		await expect(key).toHaveAttribute('open');
		await expect(key.getByText(question.prompt)).toBeVisible();
		if (question.type === 'single') {
			const right = question.options[question.answer]!;
			await expect(key).toContainText(`Answer: B: ${right.text}`);
			await expect(key).toContainText(right.explanation);
		}
	});

	test('the preview frame loads only as the teacher reaches it', async ({ page }) => {
		// A phone: the preview is well below the first screen.
		await page.setViewportSize({ width: 390, height: 700 });
		await openTeach(page);
		const section = page.locator('section.preview');
		await expect(section).toContainText('The preview appears here');
		await expect(preview(page)).toHaveCount(0);
		expect(page.frames()).toHaveLength(1);
		await section.scrollIntoViewIfNeeded();
		await expect(preview(page)).toHaveAttribute('src', `/embed/${first.slug}?quiz=1&theme=auto`);
		await expect(page.frameLocator('[data-testid="embed-preview"]').locator('h1')).toHaveText(
			first.title
		);
	});

	test('the builder, used by keyboard, changes the code and the preview', async ({ page }) => {
		await openTeach(page);
		const origin = new URL(page.url()).origin;
		await page.locator('section.preview').scrollIntoViewIfNeeded();
		await expect(preview(page)).toHaveAttribute('src', `/embed/${first.slug}?quiz=1&theme=auto`);
		await expect(code(page)).toHaveValue(
			`<iframe src="${origin}/embed/${first.slug}?quiz=1&amp;theme=auto" title="Sealed, chapter 1: ${first.title}" ` +
				`width="100%" height="640" loading="lazy" referrerpolicy="no-referrer"></iframe>\n` +
				`<script src="${origin}/embed.js" async></script>`
		);

		const chapterSelect = page.getByLabel('Chapter', { exact: true });
		await chapterSelect.focus();
		await page.keyboard.press('ArrowDown');
		await expect(chapterSelect).toHaveValue(second.slug);
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Start at step')).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('End at step')).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Include the chapter’s quiz')).toBeFocused();
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();

		// A reporting origin: a wrong one gets a plain error, a right one goes into the code.
		await page.keyboard.press('Tab');
		const report = page.getByLabel('Send quiz results to (optional)');
		await expect(report).toBeFocused();
		await page.keyboard.type('school.example/class');
		await page.keyboard.press('Tab');
		await expect(report).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('“school.example/class” is not an origin')).toBeVisible();
		await expect(code(page)).not.toHaveValue(/report=/);
		await report.focus();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type('https://School.example');
		await page.keyboard.press('Tab');
		await expect(report).not.toHaveAttribute('aria-invalid');

		const from = second.steps[2]!;
		const to = second.steps.at(-2)!;
		await expect(code(page)).toHaveValue(
			new RegExp(
				`src="${origin}/embed/${second.slug}\\?from=${from}&amp;to=${to}&amp;quiz=0&amp;theme=light` +
					`&amp;report=https%3A%2F%2Fschool.example" title="Sealed, chapter 2: [^"]+ \\(steps 3 to ${second.steps.length - 1}\\)"`
			)
		);
		// The preview shows the same options, but never reports results from this page.
		await expect(preview(page)).toHaveAttribute(
			'src',
			`/embed/${second.slug}?from=${from}&to=${to}&quiz=0&theme=light`
		);
		await expect(preview(page)).toHaveAttribute('title', /^Preview: Sealed, chapter 2: /);
	});

	test('the start and end of the range stay in order', async ({ page }) => {
		await openTeach(page);
		const last = first.steps.at(-1)!;
		await page.getByLabel('Start at step').selectOption(last);
		await expect(page.getByLabel('End at step')).toHaveValue(last);
		await page.getByLabel('End at step').selectOption(first.steps[0]!);
		await expect(page.getByLabel('Start at step')).toHaveValue(first.steps[0]!);
	});

	test.describe('with the clipboard allowed', () => {
		test.beforeEach(async ({ context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		});

		test('Copy says "Copied" and the clipboard holds the code', async ({ page }) => {
			await openTeach(page);
			await page.getByRole('button', { name: 'Copy the code' }).press('Enter');
			await expect(copyStatus(page)).toHaveText('Copied');
			await expect(copyStatus(page)).toHaveAttribute('aria-live', 'polite');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe(await code(page).inputValue());
			// A changed option makes the confirmation stale: it goes.
			await page.getByLabel('Include the chapter’s quiz').uncheck();
			await expect(copyStatus(page)).toHaveText('');
		});

		test('the copied code, pasted into a page on another origin, loads the embed', async ({
			page,
			baseURL
		}) => {
			await openTeach(page);
			await page.getByRole('button', { name: 'Copy the code' }).click();
			await expect(copyStatus(page)).toHaveText('Copied');
			const pasted = await page.evaluate(() => navigator.clipboard.readText());

			// A teacher's class page, on a server of its own.
			const host = createServer((_request, response) => {
				response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
				response.end(
					`<!doctype html><html lang="en-GB"><head><title>Our class</title></head>` +
						`<body><h1>This week: encryption</h1>${pasted}</body></html>`
				);
			});
			await new Promise<void>((done) => host.listen(HOST_PORT, done));
			try {
				const port = (host.address() as AddressInfo).port;
				await page.goto(`http://localhost:${port}/`);
				const frame = page.locator('iframe');
				// What the pasted code says, as the host page's browser reads it.
				await expect(frame).toHaveAttribute(
					'src',
					`${baseURL}/embed/${first.slug}?quiz=1&theme=auto`
				);
				await expect(frame).toHaveAttribute('title', `Sealed, chapter 1: ${first.title}`);
				await expect(frame).toHaveAttribute('loading', 'lazy');
				await expect(frame).toHaveAttribute('referrerpolicy', 'no-referrer');
				await expect(frame).toHaveAttribute('width', '100%');
				await expect(frame).not.toHaveAttribute('allow');
				await expect(page.locator('script[src]')).toHaveAttribute('src', `${baseURL}/embed.js`);

				// Needs the embed route (/embed/<slug>) and static/embed.js: the chapter loads in
				// the frame, and the script sizes the frame to its content.
				await expect(page.frameLocator('iframe').locator('h1')).toHaveText(first.title);
				await expect
					.poll(() => frame.evaluate((element) => (element as HTMLIFrameElement).style.height))
					.toMatch(/^\d+px$/);
			} finally {
				await new Promise((done) => host.close(done));
			}
		});
	});

	test.describe('with no clipboard', () => {
		test.beforeEach(async ({ page }) => {
			// As on a plain-http page: the Clipboard API is not there at all.
			await page.addInitScript(() => {
				Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
			});
		});

		test('Copy selects the code and says how to copy it by hand', async ({ page }) => {
			await openTeach(page);
			await page.getByRole('button', { name: 'Copy the code' }).click();
			await expect(copyStatus(page)).toContainText('The code is selected: press Ctrl+C');
			await expect(code(page)).toBeFocused();
			const selected = await code(page).evaluate((element) => {
				const area = element as HTMLTextAreaElement;
				return area.value.slice(area.selectionStart, area.selectionEnd);
			});
			expect(selected).toBe(await code(page).inputValue());
		});
	});
});

test.describe('oEmbed', () => {
	for (const [index, chapter] of chapters.entries()) {
		test(`${chapter.slug} links to valid oEmbed JSON whose html is the builder’s code`, async ({
			page,
			request,
			baseURL
		}) => {
			const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
			await page.goto(`/chapters/${chapter.slug}`);
			const href = await link.getAttribute('href');
			expect(href).toBe(`${baseURL}/oembed/${chapter.slug}.json`);
			await expect(link).toHaveAttribute('title', `Chapter ${index + 1}: ${chapter.title}`);

			const response = await request.get(href!);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toContain('application/json');
			const payload = await response.json();
			expect(payload).toMatchObject({
				type: 'rich',
				version: '1.0',
				provider_name: 'Sealed',
				provider_url: `${baseURL}/`,
				title: `Chapter ${index + 1}: ${chapter.title}`,
				width: 720,
				height: 640
			});

			// The builder, set to this chapter with everything else as it starts, gives the same.
			await page.goto('/teach');
			await hydrated(page);
			await page.getByLabel('Chapter', { exact: true }).selectOption(chapter.slug);
			await expect(code(page)).toHaveValue(payload.html);
		});
	}
});

test.describe('worksheets', () => {
	for (const chapter of chapters) {
		test(`${chapter.slug}: printed, every step has its diagram, then the questions; no navigation`, async ({
			page
		}) => {
			await page.goto(`/teach/${chapter.slug}/worksheet`);
			await hydrated(page);
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
			await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
			const steps = page.locator('.scrolly.worksheet .step');
			await expect(steps).toHaveCount(chapter.steps.length);
			for (const [i, id] of chapter.steps.entries()) {
				const step = steps.nth(i);
				await expect(step).toHaveAttribute('id', id);
				await expect(step).toBeVisible();
				await expect(step.locator('.worksheet-step-label')).toHaveText(
					`Step ${i + 1} of ${chapter.steps.length}`
				);
				await expect(step.locator('h3').first()).toBeVisible();
				await expect(step.locator('figure')).toBeVisible();
				await expect(step.locator('figcaption')).toContainText('The diagram, in words:');
			}
			// No control survives on paper (glossary words are part of the sentences).
			const controls = page.locator('.prose :is(input, select, textarea, button:not(.term))');
			await expect(controls.filter({ visible: true })).toHaveCount(0);
			await expect(page.getByRole('heading', { name: 'Questions', level: 2 })).toBeVisible();
			expect(await page.locator('.questions > ol > li').count()).toBeGreaterThanOrEqual(6);
		});
	}

	test('the answer key matches the worksheet and explains every option', async ({ page }) => {
		await page.goto(`/teach/${first.slug}/answers`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		const entries = page.locator('.answer-key > li');
		await expect(entries).toHaveCount(chapter1Quiz.length);
		const question = chapter1Quiz[0]!;
		if (question.type === 'single') {
			for (const option of question.options) {
				await expect(entries.first()).toContainText(option.explanation);
			}
		}
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the prerendered worksheet already draws every step’s diagram', async ({ page }) => {
			await page.goto(`/teach/${first.slug}/worksheet`);
			const steps = page.locator('.scrolly.worksheet .step');
			await expect(steps).toHaveCount(first.steps.length);
			const drawn = steps.filter({ has: page.locator('figure svg') });
			await expect(drawn).toHaveCount(first.steps.length);
		});
	});
});

test.describe('printing a chapter', () => {
	test('hides the navigation and shows every step, open, with the diagram uncut', async ({
		page
	}) => {
		await page.goto(`/chapters/${first.slug}`);
		await hydrated(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Steps' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeHidden();
		const steps = page.locator('.step');
		await expect(steps).toHaveCount(first.steps.length);
		for (let i = 0; i < first.steps.length; i++) {
			await expect(steps.nth(i)).toBeVisible();
			// "The diagram, in words" prints open.
			await expect(steps.nth(i).locator('.diagram-note p')).toBeVisible();
		}
		const graphic = page.locator('.scrolly .graphic');
		expect(await graphic.evaluate((element) => getComputedStyle(element).position)).toBe('static');
		const figure = page.locator('.scrolly figure');
		const clipped = await figure.evaluate(
			(element) => element.scrollHeight > element.clientHeight + 1
		);
		expect(clipped).toBe(false);
	});
});

test.describe('axe', () => {
	const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

	test('/teach with an answer key open and an origin error shown has no violations', async ({
		page
	}) => {
		await openTeach(page);
		await page.locator('details.key summary').first().click();
		const report = page.getByLabel('Send quiz results to (optional)');
		await report.fill('not an origin');
		await report.blur();
		await expect(report).toHaveAttribute('aria-invalid', 'true');
		const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
});
