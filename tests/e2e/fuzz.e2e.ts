/**
 * Fuzzing, in a real browser, what a stranger controls on Sealed's own pages: what is stored under
 * its key (another script on the origin, a broken extension, a save cut short), the files a reader
 * is handed to import, and the query strings and fragments of links to any page. Seeded and
 * bounded: a failure names its seed, and SEALED_FUZZ_SEED=<seed> replays it. The unit tests
 * (tests/unit/progress/fuzz.test.ts, tests/unit/embed/fuzz.test.ts) run the same ideas by the
 * thousand on the code alone; these check that the built pages hold up too. The fixture fails
 * every test on an uncaught error, a console error or a CSP violation.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, hydrated, reachQuiz, test } from './fixtures';
import { caseSeed, fuzzSeed, Random, setOwn, TRICKY_WORDS } from '../support/fuzz';

const STORAGE_KEY = 'sealed:v1';
/** Valid stored progress (schema v3) and a valid export file, as the unit tests use them. */
const stored = readFileSync('tests/fixtures/progress/v3.json', 'utf8');
const exported = readFileSync('tests/fixtures/progress/export-v3.json', 'utf8');

/** encodeURIComponent, for any string: lone surrogates (which it refuses) become U+FFFD. */
const encode = (text: string) =>
	encodeURIComponent(
		text.replace(
			/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
			'\uFFFD'
		)
	);

const seed = fuzzSeed();
const replay = `fuzz seed ${seed} (replay with SEALED_FUZZ_SEED=${seed})`;

async function store(page: Page, text: string): Promise<void> {
	await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
		key: STORAGE_KEY,
		value: text
	});
}

const readStored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** /progress, once it has read what is stored: its line of totals. */
async function totals(page: Page): Promise<string> {
	await page.goto('/progress');
	await hydrated(page);
	const line = page.locator('[data-totals]');
	await expect(line).toContainText('Questions answered:');
	return (await line.textContent())!.trim();
}

/** `base` with junk added where no valid part lives: unknown keys, chapters no course has. */
function withJunk(random: Random, base: Record<string, unknown>): Record<string, unknown> {
	const progress = structuredClone(base) as {
		chapters: Record<string, Record<string, unknown>>;
		[key: string]: unknown;
	};
	const chapters = Object.values(progress.chapters);
	const places = random.int(1, 4);
	for (let i = 0; i < places; i += 1) {
		random.weighted<void>([
			[2, () => setOwn(progress, `x-${random.key()}`, random.json(3))],
			[2, () => setOwn(progress.chapters, `no-such-chapter-${random.int(0, 999)}`, random.json(3))],
			[
				2,
				() => {
					const chapter = random.pick(chapters);
					setOwn(chapter, `x-${random.key()}`, random.json(2));
				}
			],
			[1, () => setOwn(progress, random.pick(['__proto__', 'constructor']), random.json(2))]
		]);
	}
	return progress;
}

/** Anything at all under the key: random JSON, random text, a valid save cut short. */
function junkText(random: Random): string {
	return random.weighted<string>([
		[3, () => JSON.stringify(random.json(4))],
		[2, () => random.string()],
		[2, () => stored.slice(0, random.int(0, stored.length - 1))],
		[
			1,
			() =>
				JSON.stringify({
					version: random.pick([0, 1, 2, 3, 4, 99, -1, '3', null]),
					chapters: random.json(3)
				})
		],
		[1, () => JSON.stringify({ ...JSON.parse(stored), version: random.number() })]
	]);
}

/** A file a reader might be handed: an export bent one way or several, or anything else. */
function importFile(random: Random): { name: string; text: string } {
	const file = JSON.parse(exported) as Record<string, unknown>;
	const text = random.weighted<string>([
		[2, () => JSON.stringify(random.json(4))],
		[1, () => random.string()],
		[2, () => exported.slice(0, random.int(0, exported.length - 1))],
		[
			2,
			() => {
				setOwn(
					file,
					random.pick(['app', 'kind', 'exportedAt', 'progress', random.key()]),
					random.json(2)
				);
				return JSON.stringify(file);
			}
		],
		[
			2,
			() => {
				file.progress = withJunk(random, file.progress as Record<string, unknown>);
				return JSON.stringify(file);
			}
		]
	]);
	return { name: `${random.pick(['sealed', 'progress', 'notes', random.key()])}.json`, text };
}

test.describe('fuzzing what a stranger controls, in the browser', () => {
	test('junk stored beside valid progress loses none of it; junk instead of it breaks no page', async ({
		page
	}) => {
		test.slow();
		await page.goto('/progress');
		await store(page, stored);
		const baseline = await totals(page);
		expect(baseline).toMatch(/Questions answered: [1-9]\d* of \d+/);

		for (let run = 0; run < 8; run += 1) {
			const random = new Random(caseSeed(seed, run));
			const text = JSON.stringify(withJunk(random, JSON.parse(stored)));
			await store(page, text);
			expect(await totals(page), `${replay}, case ${run}: ${text.slice(0, 400)}`).toBe(baseline);
		}

		for (let run = 8; run < 16; run += 1) {
			const random = new Random(caseSeed(seed, run));
			const text = junkText(random);
			const where = `${replay}, case ${run}: ${JSON.stringify(text.slice(0, 400))}`;
			await store(page, text);
			// The page reads what it can; anything it cannot is treated as no progress.
			expect(await totals(page), where).toMatch(/Questions answered: \d+ of \d+\./);
			if (run % 4 === 0) {
				await store(page, text);
				await page.goto('/chapters/the-demand');
				await hydrated(page);
				await reachQuiz(page);
				await expect(page.locator('.quiz fieldset').first(), where).toBeVisible();
			}
		}
	});

	test('random import files are imported or refused, and a refusal changes nothing', async ({
		page
	}) => {
		test.slow();
		await page.goto('/progress');
		let refused = 0;
		for (let run = 0; run < 12; run += 1) {
			const random = new Random(caseSeed(seed, 100 + run));
			const file = importFile(random);
			const where = `${replay}, case ${run}: ${JSON.stringify(file.text.slice(0, 400))}`;
			await store(page, stored);
			const before = await totals(page);
			const storedBefore = await readStored(page);

			await page.getByLabel('Choose a progress file').setInputFiles({
				name: file.name,
				mimeType: 'application/json',
				buffer: Buffer.from(file.text)
			});
			await page.getByRole('button', { name: 'Replace' }).click();
			const message = page.locator('.message');
			await expect(message, where).toHaveText(
				/^(Not imported: .+ Your progress has not changed\.|Imported progress from .+\.)$/
			);
			if ((await message.textContent())!.startsWith('Not imported')) {
				refused += 1;
				expect(await readStored(page), where).toBe(storedBefore);
				await expect(page.locator('[data-totals]'), where).toHaveText(before);
			}
			await expect(page.getByLabel('Choose a progress file'), where).toBeFocused();
		}
		// The cases are bent hard enough that most are refused: the refusal path was exercised.
		expect(refused, replay).toBeGreaterThan(0);
	});

	const targets = [
		'/',
		'/chapters/the-demand',
		'/chapters/what-a-backdoor-would-change',
		'/progress',
		'/teach',
		'/embed/the-demand'
	];
	for (const [index, path] of targets.entries()) {
		test(`${path} works with random query strings and fragments`, async ({ page }) => {
			test.slow();
			for (let run = 0; run < 4; run += 1) {
				const random = new Random(caseSeed(seed, 200 + index * 10 + run));
				const query = Array.from({ length: random.int(1, 5) }, () => {
					const key = random.pick([
						'from',
						'to',
						'quiz',
						'theme',
						'report',
						'step',
						'lang',
						random.key()
					]);
					// At most 1,200 characters a value, so the request stays under 8 KB: hosts refuse
					// longer request lines before any page sees them (nginx's default buffer is
					// 8 KB, Node's 16 KB), so a longer link tests the host, not Sealed. A cut may
					// split a %XX escape, which is one more malformed value.
					const value = random.bool(0.2)
						? random.pick(['%', '%E0%A4%A', '%%', '&=', '%00'])
						: encode(random.string()).slice(0, 1200);
					return `${encode(key)}=${value}`;
				}).join('&');
				const fragment = random.bool(0.5) ? encode(random.string()) : random.pick(TRICKY_WORDS);
				const url = `${path}?${query}#${fragment}`;
				const where = `${replay}, ${url.slice(0, 400)}`;
				// A failed load names the seed too, for a replay.
				const response = await page.goto(url).catch((error: Error) => {
					throw new Error(`${where}: ${error.message.slice(0, 300)}`);
				});
				expect(response?.status(), where).toBe(200);
				await hydrated(page);
				await expect(page.locator('h1'), where).toHaveCount(1);
				await expect(page.locator('h1'), where).toBeVisible();
			}
		});
	}
});
