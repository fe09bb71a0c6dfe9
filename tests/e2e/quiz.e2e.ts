import type { Locator, Page } from '@playwright/test';
import { chapters, expect, hydrated, pages, reachQuiz, test } from './fixtures';
import { questions as chapter1 } from '../../content/chapters/01-the-demand/quiz';
import { steps } from '../../content/chapters/01-the-demand/steps';
import { questions as chapter2 } from '../../content/chapters/02-how-a-message-travels/quiz';
import { questions as chapter3 } from '../../content/chapters/03-keys-locks-and-handshakes/quiz';
import { correctIndex, optionsOf, shuffledDefinitions } from '../../src/lib/quiz/score';
import type {
	MatchingQuestion,
	MultipleSelectQuestion,
	OrderingQuestion,
	Question,
	SingleChoiceQuestion,
	TrueFalseQuestion
} from '../../src/lib/quiz/types';

type Choice = SingleChoiceQuestion | TrueFalseQuestion;

const find = <T extends Question>(list: Question[], type: T['type']) => {
	const index = list.findIndex((q) => q.type === type);
	return { index, question: list[index] as T };
};
const card = (page: Page, index: number): Locator => page.locator('.quiz fieldset').nth(index);
const live = (fieldset: Locator) => fieldset.locator('[role="status"]').last();

async function open(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
	if (path.startsWith('/chapters/')) await reachQuiz(page);
}

/** Presses a button by keyboard: focus, then Enter. */
async function press(button: Locator) {
	await button.focus();
	await button.press('Enter');
}

test.describe('chapter quizzes, every question type by keyboard', () => {
	test('single choice: right, with the reason; focus stays on Check', async ({ page }) => {
		await open(page, '/chapters/the-demand');
		const { index, question } = find<SingleChoiceQuestion>(chapter1, 'single');
		const fieldset = card(page, index);
		await fieldset.getByRole('radio').first().focus();
		for (let i = 0; i < correctIndex(question); i++) await page.keyboard.press('ArrowDown');
		await expect(
			fieldset.getByRole('radio', { name: question.options[question.answer]!.text })
		).toBeChecked();
		await page.keyboard.press('Tab');
		const check = fieldset.getByRole('button', { name: 'Check' });
		await expect(check).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(live(fieldset)).toContainText('✓ Correct.');
		await expect(live(fieldset)).toContainText(question.options[question.answer]!.explanation);
		await expect(check).toBeFocused();
	});

	test('true/false: wrong, explained, then every option explained and a fresh try', async ({
		page
	}) => {
		await open(page, '/chapters/the-demand');
		const { index, question } = find<TrueFalseQuestion>(chapter1, 'true-false');
		const options = optionsOf(question);
		const wrong = options[1 - correctIndex(question as Choice)]!;
		const fieldset = card(page, index);
		await fieldset.getByRole('radio', { name: wrong.text, exact: true }).focus();
		await page.keyboard.press('Space');
		await press(fieldset.getByRole('button', { name: 'Check' }));
		await expect(live(fieldset)).toContainText('✗ Not quite.');
		await expect(live(fieldset)).toContainText(wrong.explanation);
		await press(fieldset.getByRole('button', { name: 'Explain every option' }));
		for (const option of options) await expect(fieldset).toContainText(option.explanation);
		// The pressed button is gone: focus moves to the one left, not to the top of the page.
		await expect(fieldset.getByRole('button', { name: 'Try again' })).toBeFocused();
		await press(fieldset.getByRole('button', { name: 'Try again' }));
		await expect(live(fieldset)).toHaveText('');
		await expect(fieldset.getByRole('radio', { checked: true })).toHaveCount(0);
		// And a fresh try starts at the first answer.
		await expect(fieldset.getByRole('radio').first()).toBeFocused();
	});

	test('ordering: moved into place with the buttons, then checked', async ({ page }) => {
		await open(page, '/chapters/the-demand');
		const { index, question } = find<OrderingQuestion>(chapter1, 'ordering');
		const fieldset = card(page, index);
		// Selection sort by keyboard: bring each item up to its place with "Move up".
		for (let target = 0; target < question.items.length; target++) {
			const item = question.items[target]!;
			const rows = await fieldset.locator('li').allTextContents();
			let at = rows.findIndex((row) => row.includes(item.text));
			const up = fieldset.getByRole('button', { name: `Move “${item.text}” up` });
			const moved = at > target;
			while (at > target) {
				await press(up);
				at -= 1;
			}
			// The row moved in the page, but focus stayed on the button the reader pressed.
			if (moved) await expect(up).toBeFocused();
		}
		await expect(fieldset.locator('[role="status"]').first()).toContainText('moved to position');
		await press(fieldset.getByRole('button', { name: 'Check' }));
		await expect(live(fieldset)).toContainText('✓ In the right order.');
	});

	test('matching: a definition chosen for each term with the arrow keys', async ({ page }) => {
		await open(page, '/chapters/the-demand');
		const { index, question } = find<MatchingQuestion>(chapter1, 'matching');
		const fieldset = card(page, index);
		const listed = shuffledDefinitions(question);
		for (const [term, pair] of question.pairs.entries()) {
			const select = fieldset.getByLabel(pair.term, { exact: true });
			await select.focus();
			// The first option is "Choose a definition…"; the definitions follow in listed order.
			for (let i = 0; i <= listed.indexOf(term); i++) await page.keyboard.press('ArrowDown');
			await expect(select).toHaveValue(String(term));
		}
		await press(fieldset.getByRole('button', { name: 'Check' }));
		await expect(live(fieldset)).toContainText('✓ All right.');
	});

	test('multiple select: full marks, then partial credit explained option by option', async ({
		page
	}) => {
		await open(page, '/chapters/how-a-message-travels');
		const { index, question } = find<MultipleSelectQuestion>(chapter2, 'multiple');
		const fieldset = card(page, index);
		const tick = async (i: number) => {
			await fieldset.getByRole('checkbox', { name: question.options[i]!.text }).focus();
			await page.keyboard.press('Space');
		};
		for (const i of question.answers) await tick(i);
		await press(fieldset.getByRole('button', { name: 'Check' }));
		await expect(live(fieldset)).toContainText('✓ All right.');

		await press(fieldset.getByRole('button', { name: 'Try again' }));
		const wrong = question.options.findIndex((_, i) => !question.answers.includes(i));
		await tick(question.answers[0]!);
		await tick(question.answers[1]!);
		await tick(wrong);
		await press(fieldset.getByRole('button', { name: 'Check' }));
		await expect(live(fieldset)).toContainText(`Partly right: 1 of ${question.answers.length}.`);
		await expect(live(fieldset)).toContainText('Ticked, but it does not belong:');
		await expect(live(fieldset)).toContainText(question.options[wrong]!.explanation);
	});

	test('numeric estimate: an order-of-magnitude answer is accepted, a wild one is not', async ({
		page
	}) => {
		await open(page, '/chapters/keys-locks-and-handshakes');
		const { index } = find(chapter3, 'numeric');
		const fieldset = card(page, index);
		const input = fieldset.getByLabel('Your estimate');
		await input.focus();
		await page.keyboard.type('3 × 10^19');
		await expect(fieldset).toContainText('Read as 3 × 10¹⁹ years.');
		await press(fieldset.getByRole('button', { name: 'Check' }));
		await expect(live(fieldset)).toContainText('✓ Close enough.');
		await input.fill('');
		await input.focus();
		await page.keyboard.type('5000');
		await press(fieldset.getByRole('button', { name: 'Check' }));
		await expect(live(fieldset)).toContainText('✗ Not within range.');
	});

	test('reflection: saved unscored, with what each side argues', async ({ page }) => {
		await open(page, '/chapters/the-demand');
		const { index } = find(chapter1, 'reflection');
		const fieldset = card(page, index);
		await fieldset.getByRole('radio', { name: '4' }).focus();
		await page.keyboard.press('Space');
		await fieldset.getByLabel('In your own words (optional)').fill('Only with a judge’s say.');
		await press(fieldset.getByRole('button', { name: 'Save' }));
		await expect(live(fieldset)).toContainText('✓ Saved on this device.');
		await expect(page.locator('.quiz .tally')).toHaveText('No answers checked yet.');
	});

	test('Check with nothing chosen says what to do', async ({ page }) => {
		await open(page, '/chapters/the-demand');
		const fieldset = card(page, 0);
		await press(fieldset.getByRole('button', { name: 'Check' }));
		await expect(live(fieldset)).toHaveText('Choose an answer first, then press Check.');
	});
});

test.describe('answers that last', () => {
	async function answerFirst(page: Page) {
		const q = chapter1[0] as Choice;
		const fieldset = card(page, 0);
		await fieldset.getByRole('radio', { name: optionsOf(q)[correctIndex(q)]!.text }).check();
		await fieldset.getByRole('button', { name: 'Check' }).click();
		await expect(live(fieldset)).toContainText('✓ Correct.');
	}

	test('a reload brings back the answer, its feedback and the score', async ({ page }) => {
		await open(page, '/chapters/the-demand');
		await answerFirst(page);
		const tally = await page.locator('.quiz .tally').textContent();
		expect(tally).toMatch(/^Checked 1 of \d+: 1 of \d+ points\.$/);
		await page.reload();
		await hydrated(page);
		await reachQuiz(page);
		await expect(live(card(page, 0))).toContainText('✓ Correct.');
		await expect(page.locator('.quiz .tally')).toHaveText(tally!);
	});

	test('the course map shows progress and offers to continue; the chapter offers to resume', async ({
		page
	}) => {
		await open(page, '/chapters/the-demand');
		await answerFirst(page);
		// Open at step 3 and move on once: the chapter remembers step 4.
		await page.goto(`/chapters/the-demand#${steps[2]!.id}`);
		await hydrated(page);
		await press(page.getByRole('button', { name: 'Next' }));
		await expect(page.locator('.step-nav .status')).toHaveText(/^Step 4 of/);
		await open(page, '/');
		await expect(page.locator('[data-progress="the-demand"]')).toContainText('Read to step 4 of');
		await expect(page.locator('[data-progress="the-demand"]')).toContainText(
			'Best quiz score 1 of'
		);
		await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();

		await open(page, '/chapters/the-demand');
		const offer = page.getByRole('region', { name: 'Continue reading' });
		await expect(offer).toContainText('You were at step 4 of');
		await press(offer.getByRole('button', { name: 'Continue there' }));
		await expect(page.locator('.step-nav .status')).toHaveText(/^Step 4 of/);
	});

	test('a change in one tab shows in another', async ({ page, context }) => {
		const other = await context.newPage();
		await open(other, '/progress');
		await expect(other.locator('[data-totals]')).toContainText('Questions answered: 0 of');
		await open(page, '/chapters/the-demand');
		await answerFirst(page);
		await expect(other.locator('[data-totals]')).toContainText('Questions answered: 1 of');
		await expect(other.locator('[data-chapter="the-demand"]')).toContainText('1 of');
	});

	test('export, reset and import bring progress back; a bad file is refused and changes nothing', async ({
		page
	}) => {
		await open(page, '/chapters/the-demand');
		await answerFirst(page);
		await open(page, '/progress');
		await expect(page.locator('[data-totals]')).toContainText('Questions answered: 1 of');

		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download progress' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toMatch(/^sealed-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const saved = await download
			.path()
			.then((path) => import('node:fs').then((fs) => fs.readFileSync(path, 'utf8')));
		expect(JSON.parse(saved)).toMatchObject({ app: 'sealed', kind: 'progress' });

		await page.getByLabel('Choose a progress file').setInputFiles({
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('these are my notes, not progress')
		});
		await page.getByRole('button', { name: 'Replace' }).click();
		await expect(page.locator('.message')).toHaveText(
			'Not imported: This file is not a Sealed progress file: it is not readable JSON. Your progress has not changed.'
		);
		await expect(page.locator('[data-totals]')).toContainText('Questions answered: 1 of');

		// Focus goes back to the file chooser once the question about the file is answered.
		await expect(page.getByLabel('Choose a progress file')).toBeFocused();

		// The confirmation takes the button's place and is named by its question; focus moves
		// to its safe choice, then back to the button once it is answered.
		await page.getByRole('button', { name: 'Reset progress…' }).click();
		const confirm = page.getByRole('group', { name: /This cannot be undone/ });
		await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
		await page.getByRole('button', { name: 'Yes, reset' }).click();
		await expect(page.locator('[data-totals]')).toContainText('Questions answered: 0 of');
		await expect(page.getByRole('button', { name: 'Reset progress…' })).toBeFocused();

		await page.getByLabel('Choose a progress file').setInputFiles({
			name: 'sealed.json',
			mimeType: 'application/json',
			buffer: Buffer.from(saved)
		});
		await page.getByRole('button', { name: 'Replace' }).click();
		await expect(page.locator('.message')).toHaveText('Imported progress from sealed.json.');
		await expect(page.locator('[data-totals]')).toContainText('Questions answered: 1 of');
	});
});

test.describe('the final quiz', () => {
	test('scores by chapter, links back to what to read, reviews every answer and remembers', async ({
		page
	}) => {
		await open(page, '/final');
		const fieldset = page.locator('fieldset[data-type="single"]').first();
		await fieldset.getByRole('radio').first().check();
		await fieldset.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('button', { name: 'See my results' }).click();
		await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
		await expect(page.locator('[data-final-score]')).toHaveText(/^\d+ of \d+ points\.$/);
		// A header row, then one row per chapter (each has a final-quiz question).
		await expect(page.getByRole('row')).toHaveCount(chapters.length + 1);
		const missed = page.locator('.missed a').first();
		await expect(missed).toHaveAttribute('href', /^\/chapters\/[a-z-]+#[a-z0-9-]+$/);

		await page.getByRole('button', { name: 'Review every question' }).click();
		await expect(page.locator('.reviewed').first()).toContainText('Your answer:');
		await expect(
			page.locator('.reviewed').getByText('Your answer: No answer').first()
		).toBeVisible();

		await page.reload();
		await hydrated(page);
		await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
		await open(page, '/');
		await expect(page.locator('[data-progress="final"]')).toContainText('Best score');
	});
});

test.describe('a quiz page jumped through', () => {
	// A reader who presses End and clicks at once must hit what they aimed at: nothing above a
	// button may still change size once it is on screen. (Cards laid out only near the screen,
	// content-visibility: auto, grew as they arrived and moved "See my results" from under the
	// pointer between press and release.)
	for (const path of ['/final', '/chapters/the-demand']) {
		test(`${path}: the last button stays where it is once the page has jumped to its end`, async ({
			page
		}) => {
			await open(page, path);
			const moves = await page.evaluate(async () => {
				const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
				const buttons = [...document.querySelectorAll('main button')];
				const last = buttons.at(-1)!;
				scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
				const before = last.getBoundingClientRect().top;
				const after: number[] = [];
				for (let i = 0; i < 5; i++) {
					await frame();
					after.push(last.getBoundingClientRect().top);
				}
				return after.map((top) => Math.round(top - before) || 0);
			});
			expect(moves).toEqual([0, 0, 0, 0, 0]);
		});
	}
});

test.describe('the final quiz by keyboard', () => {
	test('focus follows to the results, and to the first question when starting again', async ({
		page
	}) => {
		await open(page, '/final');
		const fieldset = page.locator('fieldset[data-type="single"]').first();
		await fieldset.getByRole('radio').first().check();
		await press(fieldset.getByRole('button', { name: 'Check' }));
		await press(page.getByRole('button', { name: 'See my results' }));
		await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
		await press(page.getByRole('button', { name: 'Take the quiz again' }));
		await expect(
			page.locator('fieldset').first().locator('input, select, button').first()
		).toBeFocused();
	});
});

test.describe('with storage blocked', () => {
	test.beforeEach(async ({ page }) => {
		// As in a sandboxed iframe or a strict private mode: touching localStorage throws.
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				}
			});
		});
	});

	for (const path of pages) {
		test(`${path} still works`, async ({ page }) => {
			await open(page, path);
			await expect(page.locator('h1')).toHaveCount(1);
		});
	}

	test('the quiz still checks answers, and the progress page says nothing is kept', async ({
		page
	}) => {
		await open(page, '/chapters/the-demand');
		const q = chapter1[0] as Choice;
		const fieldset = card(page, 0);
		await fieldset.getByRole('radio', { name: optionsOf(q)[correctIndex(q)]!.text }).check();
		await fieldset.getByRole('button', { name: 'Check' }).click();
		await expect(live(fieldset)).toContainText('✓ Correct.');
		await open(page, '/progress');
		await expect(page.locator('[data-notice]')).toContainText(
			'kept only until you close this page'
		);
	});
});
