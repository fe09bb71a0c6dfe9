import type { Locator, Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { glossary } from '../../content/glossary';
import { positions } from '../../content/chapters/05-privacy-or-safety/positions';
import { steps } from '../../content/chapters/05-privacy-or-safety/steps';
import { proposals, tradeOffs } from '../../content/chapters/05-privacy-or-safety/trade-offs';
import { decide, type Choices } from '../../src/lib/debate/decide';
import { describePositions, layoutPositions } from '../../src/lib/debate/positions';

const PATH = '/chapters/privacy-or-safety';
const status = (page: Page) => page.locator('.step-nav .status');
/** The figure's text description: what a screen reader hears for the current step. */
const described = (page: Page) => page.locator('.scrolly figure > p.visually-hidden');
const labelOf = (id: string | null) => positions.find((p) => p.id === id)?.label ?? '∅';

/** One trade-off's fieldset, found the way assistive technology finds it: by its legend. */
const group = (page: Page, index: number): Locator =>
	page.getByRole('group', { name: tradeOffs[index]!.prompt });

test.describe('chapter 5, the debate', () => {
	test('the steps can be walked by keyboard, and the map’s description follows each one', async ({
		page
	}) => {
		await page.goto(PATH);
		await hydrated(page);
		await expect(status(page)).toHaveText(`Step 1 of ${steps.length}`);
		await expect(described(page)).toHaveText(describePositions(steps[0]!.state));

		const next = page.getByRole('button', { name: 'Next' });
		await next.focus();
		await page.keyboard.press('Enter');
		const seen = new Set([describePositions(steps[0]!.state)]);
		for (let i = 1; i < steps.length; i++) {
			if (i > 1) await page.keyboard.press('ArrowRight');
			const step = steps[i]!;
			await expect(status(page)).toHaveText(`Step ${i + 1} of ${steps.length}`);
			await expect(page.locator('.figure-step')).toHaveText(step.label);
			const text = describePositions(step.state);
			await expect(described(page)).toHaveText(text);
			expect(seen.has(text), `step ${step.id} repeats an earlier description`).toBe(false);
			seen.add(text);
			// The drawing agrees: one marker per position shown, and the highlighted one named.
			await expect(page.locator('.positions .plot .marker')).toHaveCount(step.state.shown.length);
			const focused = page.locator('.positions .plot .label.focus');
			if (step.state.focus) await expect(focused).toHaveText(labelOf(step.state.focus));
			else await expect(focused).toHaveCount(0);
		}
		await expect(page).toHaveURL(new RegExp(`#${steps.at(-1)!.id}$`));
		await expect(next).toHaveAttribute('aria-disabled', 'true');
	});

	for (const motion of ['reduce', 'no-preference'] as const) {
		test(`a moving marker ${motion === 'reduce' ? 'jumps, with reduced motion' : 'glides, when motion is allowed'}`, async ({
			page
		}) => {
			await page.emulateMedia({ reducedMotion: motion });
			const to = steps.findIndex((step) => step.id === 'real-people');
			await page.goto(`${PATH}#${steps[to - 1]!.id}`);
			await hydrated(page);
			await expect(status(page)).toHaveText(`Step ${to} of ${steps.length}`);
			const width = Number(
				(await page.locator('.positions .plot').getAttribute('viewBox'))!.split(' ')[2]
			);
			// "Real people": Rudd's marker moves up the map and takes the highlight.
			const target = layoutPositions(steps[to]!.state, width).markers.find((m) => m.id === 'rudd')!;
			const final = `translate(${target.x},${target.y})`;
			// Pressed within the page, then the marker read on every frame until it settles: a glide
			// passes through points between; a jump never does. (Sampling every frame, rather than
			// once a fixed time later, keeps this true on a slow, busy machine.)
			const seen = await page.evaluate(async () => {
				const marker = () =>
					document.querySelector('.positions .plot .marker.focus')?.getAttribute('transform');
				const next = [...document.querySelectorAll<HTMLButtonElement>('.step-nav button')].find(
					(button) => button.textContent?.includes('Next')
				)!;
				next.click();
				const values: (string | null | undefined)[] = [];
				for (let frame = 0; frame < 120; frame++) {
					await new Promise((done) => requestAnimationFrame(done));
					values.push(marker());
				}
				return values;
			});
			const between = seen.filter((value) => value && !value.startsWith(final));
			if (motion === 'reduce') expect(between).toEqual([]);
			else expect(between.length).toBeGreaterThan(0);
			await expect(page.locator('.positions .plot .marker.focus')).toHaveAttribute(
				'transform',
				new RegExp(`^${final.replace(/[().]/g, '\\$&')}`)
			);
			await expect(page.locator('.positions .plot .trail')).toHaveCount(1);
		});
	}

	test('a glossary term opens in place by keyboard, and closes with Escape', async ({ page }) => {
		await page.goto(`${PATH}#ways-to-build-a-way-in`);
		await hydrated(page);
		const term = page.getByRole('button', { name: 'key escrow', exact: true });
		const entry = glossary.find((e) => e.id === 'key-escrow')!;
		await term.focus();
		await page.keyboard.press('Enter');
		await expect(term).toHaveAttribute('aria-expanded', 'true');
		const definition = page.locator(`#${await term.getAttribute('aria-controls')}`);
		await expect(definition).toBeVisible();
		await expect(definition).toContainText(entry.definition);
		await page.keyboard.press('Escape');
		await expect(definition).toBeHidden();
		await expect(term).toBeFocused();
	});

	test('You decide: choices made by keyboard show the closest proposals, and survive a reload', async ({
		page
	}) => {
		await page.goto(PATH);
		await hydrated(page);
		const summary = page.locator('.decide .summary');
		await group(page, 0).scrollIntoViewIfNeeded();
		await expect(summary).toHaveText(/^Choose an answer to any question/);
		await expect(summary).toHaveAttribute('aria-live', 'polite');

		// 1: the arrow key moves to the second option and chooses it.
		await group(page, 0).getByRole('radio').first().focus();
		await page.keyboard.press('ArrowDown');
		// 2: Tab reaches the next question; Space chooses the option in focus.
		await page.keyboard.press('Tab');
		await expect(group(page, 1).getByRole('radio').first()).toBeFocused();
		await page.keyboard.press('Space');
		// 3: Tab, then down to the second option.
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown');

		const choices: Choices = {
			[tradeOffs[0]!.id]: tradeOffs[0]!.options[1]!.id,
			[tradeOffs[1]!.id]: tradeOffs[1]!.options[0]!.id,
			[tradeOffs[2]!.id]: tradeOffs[2]!.options[1]!.id
		};
		const expected = decide(tradeOffs, proposals, choices);
		const names = expected.closest.map((match) => match.proposal.name);
		expect(names.length).toBeGreaterThan(0);
		const check = async () => {
			for (const [i, tradeOff] of tradeOffs.slice(0, 3).entries()) {
				const option = tradeOff.options.find((o) => o.id === choices[tradeOff.id])!;
				await expect(group(page, i).getByRole('radio', { name: option.text })).toBeChecked();
			}
			await expect(group(page, 3).getByRole('radio', { checked: true })).toHaveCount(0);
			await expect(summary).toHaveText(`Closest to your 3 answers: ${names.join(' and ')}.`);
			const matches = page.locator('.decide .matches > li');
			await expect(matches).toHaveCount(expected.closest.length);
			for (const [i, match] of expected.closest.entries()) {
				await expect(matches.nth(i)).toContainText(match.reason);
			}
		};
		await check();

		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sealed:v1') ?? '{}'));
		expect(stored.version).toBe(3);
		expect(stored.chapters['privacy-or-safety'].activities['you-decide']).toEqual(choices);

		await page.reload();
		await hydrated(page);
		await check();

		// Clearing them is one button, and leaves nothing chosen.
		const clear = page.getByRole('button', { name: 'Clear my choices' });
		await clear.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('.decide').getByRole('radio', { checked: true })).toHaveCount(0);
		await expect(summary).toHaveText(/^Choose an answer to any question/);
	});

	test('You decide still works when the browser refuses storage', async ({ page }) => {
		// As in a sandboxed frame: touching localStorage at all throws.
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				}
			});
		});
		await page.goto(PATH);
		await hydrated(page);
		const scope = group(page, 3);
		await scope.scrollIntoViewIfNeeded();
		await scope.getByRole('radio').nth(1).focus();
		await page.keyboard.press('Space');
		const [only] = decide(tradeOffs, proposals, {
			[tradeOffs[3]!.id]: tradeOffs[3]!.options[1]!.id
		}).closest;
		await expect(page.locator('.decide .summary')).toHaveText(
			`Closest to your 1 answer: ${only!.proposal.name}.`
		);
		await expect(scope.getByRole('radio').nth(1)).toBeChecked();
	});

	test('every source the chapter cites is listed on /sources', async ({ page }) => {
		await page.goto(PATH);
		const targets = await page
			.locator('sup.cite a')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash));
		const unique = [...new Set(targets)];
		expect(unique.length).toBeGreaterThan(25);
		await page.goto('/sources');
		await hydrated(page);
		for (const hash of unique) await expect(page.locator(hash), hash).toHaveCount(1);
	});
});

test.describe('chapter 5 without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the map reads as words, and You decide as a list of questions and proposals', async ({
		page
	}) => {
		await page.goto(PATH);
		const notes = page.locator('.step .diagram-note p');
		await expect(notes).toHaveCount(steps.length);
		for (const [i, step] of steps.entries()) {
			await expect(notes.nth(i)).toHaveText(describePositions(step.state));
		}
		const legends = page.locator('.decide legend');
		await expect(legends).toHaveCount(tradeOffs.length);
		for (const [i, tradeOff] of tradeOffs.entries()) {
			await expect(legends.nth(i)).toContainText(tradeOff.prompt);
		}
		const profiles = page.locator('.decide .profiles');
		for (const proposal of proposals) await expect(profiles).toContainText(proposal.name);
		for (const position of positions) {
			await expect(page.locator('.placements')).toContainText(position.label);
		}
		expect(await page.locator('.decide noscript').textContent()).toContain(
			'Matching your choices needs JavaScript'
		);
	});
});
