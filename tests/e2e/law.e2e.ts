import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { glossary } from '../../content/glossary';
import { steps } from '../../content/chapters/06-the-law/steps';
import { sources } from '../../content/chapters/06-the-law/sources';
import type { LawState } from '../../src/lib/law/law-types';
import { describePowers } from '../../src/lib/law/powers';
import { describeRulings } from '../../src/lib/law/rulings';

// law-diagram.ts pulls in the Svelte component, which Node cannot load; its describe is just this.
const describeLaw = (state: LawState) =>
	state.view === 'powers' ? describePowers(state) : describeRulings(state);

const CHAPTER = '/chapters/the-law';
const status = (page: Page) => page.locator('.step-nav .status');

/** The figure's text description, which screen readers hear as the figure's description. */
async function description(page: Page): Promise<string> {
	const id = await page.locator('.scrolly figure').getAttribute('aria-describedby');
	return (await page.locator(`#${id}`).textContent()) ?? '';
}

test.describe('chapter 6, the law', () => {
	test('the keyboard walks every step, and the diagram and its words change each time', async ({
		page
	}) => {
		await page.goto(CHAPTER);
		await hydrated(page);
		await expect(status(page)).toHaveText(`Step 1 of ${steps.length}`);
		await expect(page.locator('.law .powers')).toBeVisible();
		expect(await description(page)).toBe(describeLaw(steps[0]!.state));

		await page.getByRole('button', { name: 'Next' }).focus();
		let previous = await description(page);
		for (let i = 1; i < steps.length; i++) {
			const step = steps[i]!;
			await page.keyboard.press('ArrowRight');
			await expect(status(page)).toHaveText(`Step ${i + 1} of ${steps.length}`);
			await expect(page.locator('.figure-step')).toHaveText(step.label);
			await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
			await expect.poll(() => description(page)).toBe(describeLaw(step.state));
			const now = await description(page);
			expect(now).not.toBe(previous);
			previous = now;

			// The drawing shows the same thing the words say is highlighted.
			if (step.state.view === 'powers') {
				await expect(page.locator('.law .powers')).toBeVisible();
				await expect(page.locator('.law .box.focus')).toHaveAttribute(
					'data-power',
					step.state.focus!
				);
				await expect(page.locator('.law .safeguard')).toHaveCount(step.state.safeguards.length);
			} else {
				await expect(page.locator('.law .rulings')).toBeVisible();
				await expect(page.locator('.law .marker.focus')).toHaveAttribute(
					'data-event',
					step.state.focus
				);
			}
		}
		// At the last step, a further press stays put.
		await page.keyboard.press('ArrowRight');
		await expect(status(page)).toHaveText(`Step ${steps.length} of ${steps.length}`);
	});

	test('a glossary term opens its definition in place by keyboard, and closes', async ({
		page
	}) => {
		await page.goto(`${CHAPTER}#section-253`);
		await hydrated(page);
		const term = page.getByRole('button', { name: 'double lock', exact: true });
		const entry = glossary.find((e) => e.id === 'double-lock')!;
		await expect(term).toHaveAttribute('aria-expanded', 'false');
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

	test('every source the chapter cites is listed on the sources page', async ({ page }) => {
		await page.goto(CHAPTER);
		const cited = await page
			.locator('sup.cite a')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash));
		const unique = new Set(cited);
		// Its own sources and those it borrows from chapters 1 and 2.
		expect(unique.size).toBeGreaterThanOrEqual(sources.length + 4);
		await page.goto('/sources');
		for (const hash of unique) await expect(page.locator(hash)).toHaveCount(1);
		// The sources this chapter is first to cite are grouped under it.
		const group = page.locator('section').filter({
			has: page.getByRole('heading', { name: /First cited in Chapter 6: The law/ })
		});
		await expect(group.locator('li')).toHaveCount(sources.length);
		for (const source of sources) {
			await expect(group.locator(`li#${source.id} cite`)).toHaveText(source.title);
		}
	});

	test('on a phone, the labels fit their boxes and the highlight stays in the panel', async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		for (const target of ['section-253', 'ruling-2023']) {
			await page.goto(`${CHAPTER}#${target}`);
			await hydrated(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				320
			);
			// The highlighted power or ruling is scrolled into the short panel's view.
			const panel = page.locator('.scrolly figure');
			const highlight = page.locator('.law .box.focus, .law .label-band');
			await expect(async () => {
				const outer = (await panel.boundingBox())!;
				const inner = (await highlight.boundingBox())!;
				expect(inner.y).toBeGreaterThanOrEqual(outer.y);
				expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height);
			}).toPass({ timeout: 5000 });
		}
		// Every line beside the timeline, as the browser draws it, ends inside the drawing.
		const clipped = await page.locator('.law .rulings svg.plot').evaluate((svg) => {
			const right = svg.getBoundingClientRect().right;
			return [...svg.querySelectorAll('text')]
				.filter((text) => text.getBoundingClientRect().right > right)
				.map((text) => text.textContent);
		});
		expect(clipped).toEqual([]);
		// Every label in the powers map, as the browser draws it, fits inside its box.
		await page.goto(`${CHAPTER}#the-act-in-one-picture`);
		await hydrated(page);
		const overflows = await page.locator('.law .box').evaluateAll((boxes) =>
			boxes.flatMap((box) => {
				const rect = box.querySelector('rect')!.getBoundingClientRect();
				return [...box.querySelectorAll('text')]
					.map((text) => ({ text: text.textContent, r: text.getBoundingClientRect() }))
					.filter(({ r }) => r.left < rect.left || r.right > rect.right - 2)
					.map(({ text }) => text);
			})
		);
		expect(overflows).toEqual([]);
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`the safeguards and the timeline views pass axe in the ${scheme} theme`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			for (const target of ['a-notice-nobody-may-mention', 'ruling-2019']) {
				await page.goto(`${CHAPTER}#${target}`);
				await hydrated(page);
				await expect(page.locator('.figure-step')).toHaveText(
					steps.find((step) => step.id === target)!.label
				);
				const results = await new AxeBuilder({ page })
					.include('.scrolly .graphic')
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
			}
		});
	}

	test('with reduced motion, the timeline’s ring jumps straight to the new ruling', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`${CHAPTER}#ruling-2018`);
		await hydrated(page);
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.locator('.law .marker.focus')).toHaveAttribute('data-event', 'ruling-2019');
		const ring = page.locator('.law .rulings .ring');
		const transform = (await page.locator('.law .marker.focus').getAttribute('transform')) ?? '';
		expect(transform).toContain(
			`translate(${await ring.getAttribute('cx')},${await ring.getAttribute('cy')})`
		);
	});
});
