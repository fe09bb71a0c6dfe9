// Accessibility checks axe cannot make (tests/e2e/a11y.e2e.ts runs axe): what a keyboard user
// sees while tabbing, where focus goes when a button goes, the size of what a finger presses,
// reduced motion, forced colours, and reflow once things are opened. One page load per page per
// group. docs/accessibility.md says what each group checks, why, and how to run it.
import type { Page } from '@playwright/test';
import {
	buttonsDroppingFocus,
	focusWithoutOutline,
	forcedColourPaint,
	inspectFocus,
	motionAfterPress,
	smallTargets
} from './a11y-probes';
import { chapters, expect, hydrated, pages, test } from './fixtures';

/** More presses of Tab than the longest page has stops (the final quiz has about 190). */
const TAB_CAP = 260;

/** Presses Tab until focus comes round again (or the cap), checking every element it reaches. */
async function tabThrough(page: Page): Promise<{ reached: string[]; problems: string[] }> {
	const problems: string[] = [];
	const reached: string[] = [];
	for (let press = 0; press < TAB_CAP; press++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(inspectFocus);
		problems.push(...stop.problems);
		if (stop.done) return { reached, problems };
		reached.push(stop.name);
	}
	problems.push(`focus did not come round in ${TAB_CAP} presses of Tab`);
	return { reached, problems };
}

/** Tabs through a page and checks every stop (softly: the test goes on), the quiz's among them. */
async function checkTabStops(page: Page, where: string): Promise<void> {
	const { reached, problems } = await tabThrough(page);
	expect.soft(reached.length, `${where}: focusable elements reached`).toBeGreaterThan(0);
	if (await page.locator('.quiz fieldset').count()) {
		expect
			.soft(reached, `${where}: the quiz is reached`)
			.toContainEqual(expect.stringContaining('"Check"'));
	}
	expect.soft(problems, `${where}: focus`).toEqual([]);
}

/**
 * Scrolls down the page a screen at a time, so that parts loaded as the reader nears them (the
 * quiz, the labs) arrive, then back to the top.
 */
async function revealAll(page: Page): Promise<void> {
	for (let i = 0; i < 80; i++) {
		const atEnd = await page.evaluate(() => {
			window.scrollBy({ top: innerHeight * 0.9, behavior: 'instant' });
			return innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
		});
		if (atEnd) break;
	}
	const quiz = page.locator('.quiz');
	if (await quiz.count()) await quiz.locator('fieldset').first().waitFor();
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}

/** The page's Next step button, if it has steps (chapters and embeds). */
const nextStep = (page: Page) => page.locator('.step-nav').getByRole('button', { name: 'Next' });

/**
 * Presses Next from the first step to the last, calling `each` at every step. Call it on a page
 * just opened: it starts from the step the page is at.
 */
async function everyStep(page: Page, each: (step: number) => Promise<void>): Promise<void> {
	const next = nextStep(page);
	if (!(await next.count())) return each(0);
	for (let step = 0; step < 40; step++) {
		await each(step);
		if ((await next.getAttribute('aria-disabled')) === 'true') return;
		await next.click();
	}
}

// Keyboard and pointer, one page load each, with the quiz and labs loaded first so that their
// controls count too:
// - 2.4.7 and 2.4.11, by pressing Tab round the page on a phone, where the diagram panel sticks to
//   the top of the screen above the prose and a focused link could slip under it. Reduced motion
//   makes the scroll focus causes instant, so each stop is judged where it comes to rest (a
//   smooth scroll ends in the same place).
// - 2.5.8 target size, on the phone and then on a wide screen.
// - 2.4.3: a button that removes itself (or the part of the page it is in) must hand focus on;
//   if it falls to the page, a keyboard user starts again from the top and a screen reader loses
//   its place. Every button is pressed once, last, since pressing changes the page.
test.describe('keyboard and pointer', () => {
	test.use({ viewport: { width: 390, height: 760 }, reducedMotion: 'reduce' });

	for (const path of pages) {
		test(`${path}: focus shows and is not hidden, targets are big enough, buttons keep focus`, async ({
			page
		}) => {
			// Up to about 190 Tab stops, and labs that do real cryptography when pressed.
			test.slow();
			await page.goto(path);
			await hydrated(page);
			await revealAll(page);
			await checkTabStops(page, 'phone');
			expect.soft(await page.evaluate(smallTargets), 'phone: target size').toEqual([]);
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
			expect.soft(await page.evaluate(smallTargets), 'wide: target size').toEqual([]);
			expect(await page.evaluate(buttonsDroppingFocus), 'buttons').toEqual([]);
		});
	}

	test('a link focused below the quiz stays in sight when the quiz arrives', async ({ page }) => {
		// The quiz's preview has nothing to focus, so Tab can jump past it to the chapter links
		// before the live quiz, far taller, replaces it.
		await page.goto('/chapters/keys-locks-and-handshakes');
		await hydrated(page);
		const previous = page.getByRole('link', { name: /Previous chapter/ });
		await previous.focus();
		await page.locator('.quiz fieldset').first().waitFor();
		await expect(previous).toBeFocused();
		await expect(previous).toBeInViewport();
	});
});

// Tab again on a wide screen, where the panel sits beside the prose and shows parts phones
// leave out (the chapters are the pages whose layout changes).
test.describe('keyboard focus, wide screen', () => {
	test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

	for (const path of chapters) {
		test(`${path}: every Tab stop shows its focus and is not hidden`, async ({ page }) => {
			await page.goto(path);
			await hydrated(page);
			await revealAll(page);
			await checkTabStops(page, 'wide');
		});
	}
});

// 1.4.10 once things are opened: a11y.e2e.ts checks each page as it loads at 320 px; here every
// glossary definition and "The diagram, in words" is open, every lazy part loaded, and each step
// of the diagram shown in turn.
test.describe('reflow with everything open', () => {
	test.use({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });

	for (const path of pages) {
		test(`${path}: no sideways scrolling at 320 px`, async ({ page }) => {
			await page.goto(path);
			await hydrated(page);
			await page.evaluate(() => {
				for (const term of document.querySelectorAll<HTMLElement>('button.term')) {
					if (term.getAttribute('aria-expanded') === 'false') term.click();
				}
				for (const details of document.querySelectorAll('details')) details.open = true;
			});
			const overflow = () =>
				page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
			const overflows: string[] = [];
			await everyStep(page, async (step) => {
				const excess = await overflow();
				if (excess > 0) overflows.push(`at step ${step + 1}: ${excess} px too wide`);
			});
			await revealAll(page);
			const excess = await overflow();
			if (excess > 0) overflows.push(`with the quiz and labs loaded: ${excess} px too wide`);
			expect(overflows).toEqual([]);
		});
	}
});

// The reader's setting (and 2.3.3): with reduced motion, moving through a chapter's steps (and
// opening things) starts no CSS animation or transition, no smooth scroll and no Tween: the
// drawing jumps to its new state in one frame and stays there.
const NEXT = '.step-nav button:last-of-type';

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	for (const path of chapters) {
		test(`${path}: nothing glides when the step changes`, async ({ page }) => {
			await page.goto(path);
			await hydrated(page);
			const problems: string[] = [];
			const steps = await page.locator('.step').count();
			for (let step = 2; step <= steps; step++) {
				// Long enough to see any Tween here (the shortest runs 380 ms) take a second frame.
				const motion = await page.evaluate(motionAfterPress, [NEXT, 200] as [string, number]);
				if (motion.changes > 1)
					problems.push(`to step ${step}: moved over ${motion.changes} frames`);
				problems.push(...motion.running.map((running) => `to step ${step}: ${running} ran`));
			}
			for (const opener of ['button.term', '.step details summary']) {
				const motion = await page.evaluate(motionAfterPress, [opener, 200] as [string, number]);
				problems.push(...motion.running.map((running) => `opening ${opener}: ${running} ran`));
			}
			expect(problems).toEqual([]);
		});
	}

	test.describe('without the setting', () => {
		test.use({ reducedMotion: 'no-preference' });

		test('the check itself sees chapter 1’s drawing glide to a step', async ({ page }) => {
			await page.goto('/chapters/the-demand');
			await hydrated(page);
			const motion = await page.evaluate(motionAfterPress, [NEXT, 600] as [string, number]);
			expect(motion.changes).toBeGreaterThan(1);
		});
	});
});

// Windows High Contrast and similar: the reader's colours replace ours. SVG keeps its paint, so
// each drawing must switch to system colours itself; focus must still show (as an outline, since
// box-shadows are dropped).
test.describe('forced colours', () => {
	test.use({ forcedColors: 'active', reducedMotion: 'reduce' });

	for (const path of pages) {
		test(`${path}: drawings and focus stay visible`, async ({ page }) => {
			await page.goto(path);
			await hydrated(page);
			const problems = new Set<string>();
			await everyStep(page, async () => {
				for (const problem of await page.evaluate(forcedColourPaint)) problems.add(problem);
			});
			// Then the parts that load as the reader nears them (labs, the quiz).
			await revealAll(page);
			for (const problem of await page.evaluate(forcedColourPaint)) problems.add(problem);
			expect.soft([...problems], 'drawings').toEqual([]);
			await page.keyboard.press('Tab');
			expect(await page.evaluate(focusWithoutOutline), 'focus').toEqual([]);
		});
	}
});

// Each check fails when it should: a control for each, on a page spoiled on purpose (through the
// CSSOM, which the Content-Security-Policy allows, unlike a style attribute in markup).
test.describe('the checks themselves', () => {
	test.use({ viewport: { width: 390, height: 760 }, reducedMotion: 'reduce' });

	test('tabbing notices a focus with no outline and a focused link under a cover', async ({
		page
	}) => {
		await page.goto('/glossary');
		await hydrated(page);
		await page.keyboard.press('Tab');
		await page.evaluate(() => {
			(document.activeElement as HTMLElement).style.outline = 'none';
			const cover = document.createElement('div');
			Object.assign(cover.style, {
				position: 'fixed',
				inset: '0',
				zIndex: '1000',
				background: 'white'
			});
			document.body.append(cover);
		});
		const stop = await page.evaluate(inspectFocus);
		expect(stop.problems.join('\n')).toContain('no visible focus indicator');
		expect(stop.problems.join('\n')).toContain('hidden when focused');
	});

	test('pressing buttons notices one that removes itself and drops focus', async ({ page }) => {
		await page.goto('/glossary');
		await hydrated(page);
		await page.evaluate(() => {
			const button = document.createElement('button');
			button.textContent = 'Vanish';
			button.addEventListener('click', () => button.remove());
			document.querySelector('main')!.prepend(button);
		});
		expect(await page.evaluate(buttonsDroppingFocus)).toEqual([
			'pressing "Vanish" left focus nowhere'
		]);
	});

	test('target size notices two small buttons side by side', async ({ page }) => {
		await page.goto('/glossary');
		await hydrated(page);
		await page.evaluate(() => {
			for (const name of ['A', 'B']) {
				const button = document.createElement('button');
				button.textContent = name;
				Object.assign(button.style, { width: '16px', height: '16px', padding: '0' });
				document.querySelector('main')!.prepend(button);
			}
		});
		expect((await page.evaluate(smallTargets)).join('\n')).toContain('is 16×16 px');
	});

	test.describe('in forced colours', () => {
		test.use({ forcedColors: 'active' });

		test('the paint check notices a line in an author colour', async ({ page }) => {
			await page.goto('/glossary');
			await hydrated(page);
			await page.evaluate(() => {
				const ns = 'http://www.w3.org/2000/svg';
				const svg = document.createElementNS(ns, 'svg');
				const line = document.createElementNS(ns, 'line');
				for (const [name, value] of Object.entries({ x1: '0', x2: '50', y1: '5', y2: '5' }))
					line.setAttribute(name, value);
				line.style.stroke = '#0b5cad';
				svg.append(line);
				document.querySelector('main')!.prepend(svg);
			});
			expect((await page.evaluate(forcedColourPaint)).join('\n')).toContain(
				'stroke rgb(11, 92, 173) is not a system colour'
			);
		});
	});
});
