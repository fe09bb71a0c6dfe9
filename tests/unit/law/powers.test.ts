import { describe, expect, it } from 'vitest';
import { steps } from '$content/chapters/06-the-law/steps';
import type { PowersState } from '$lib/law/law-types';
import { LINE_GAP, MIN_WIDTH, TEXT_INSET, describePowers, layoutPowers } from '$lib/law/powers';

const mapSteps = steps.filter(
	(step): step is (typeof steps)[number] & { state: PowersState } => step.state.view === 'powers'
);
const whole = mapSteps[0]!.state;
const focused = (id: string) => mapSteps.find((step) => step.state.focus === id)!.state;

/** A generous estimate of how wide a line of text draws: 0.6 em per character. */
const textWidth = (text: string, size: number) => text.length * size * 0.6;

describe('powers map layout', () => {
	it.each([MIN_WIDTH, 320, 560, 900])(
		'keeps every box, link and label inside a %i px drawing',
		(width) => {
			const layout = layoutPowers(whole, width);
			expect(layout.width).toBe(width);
			for (const box of [...layout.powers, ...layout.kinds]) {
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(width);
				expect(box.y).toBeGreaterThan(layout.headings.powers.y);
				expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
				// Every line of a label fits across its box and between its top and bottom.
				for (const line of box.lines) {
					const size = box.lines.indexOf(line) === 0 || layout.powers.includes(box) ? 12 : 11;
					expect(line.x + textWidth(line.text, size)).toBeLessThanOrEqual(
						box.x + box.width - TEXT_INSET / 2
					);
					expect(line.y - size).toBeGreaterThanOrEqual(box.y);
					expect(line.y + 3).toBeLessThanOrEqual(box.y + box.height);
				}
			}
			// Links leave the left column and end on the right one: they never cross a box.
			const left = layout.powers[0]!;
			const right = layout.kinds[0]!;
			expect(right.x).toBeGreaterThan(left.x + left.width + 20);
			for (const link of layout.links) {
				const numbers = link.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
				for (let i = 0; i < numbers.length; i += 2) {
					expect(numbers[i]).toBeGreaterThanOrEqual(left.x + left.width);
					expect(numbers[i]).toBeLessThanOrEqual(right.x);
					expect(numbers[i + 1]).toBeGreaterThan(0);
					expect(numbers[i + 1]).toBeLessThan(layout.height);
				}
			}
		}
	);

	it('gives each power its own row, in the order of the list, and lines a gap apart', () => {
		const layout = layoutPowers(whole, 320);
		for (let i = 1; i < layout.powers.length; i++) {
			const above = layout.powers[i - 1]!;
			expect(layout.powers[i]!.y).toBeGreaterThanOrEqual(above.y + above.height);
		}
		const two = layout.powers.find((box) => box.lines.length === 2)!;
		expect(two.lines[1]!.y - two.lines[0]!.y).toBe(LINE_GAP);
	});

	it('draws one link for each thing each power reaches', () => {
		const layout = layoutPowers(whole, 560);
		const expected = whole.powers.flatMap((power) =>
			power.reaches.map((r) => `${power.id}→${r.kind}`)
		);
		expect(layout.links.map((link) => `${link.from}→${link.to}`).sort()).toEqual(expected.sort());
		expect(layout.links.every((link) => link.status === 'normal')).toBe(true);
		expect(layout.highlight).toBeNull();
	});

	it('highlights the focused power, its links and what it reaches; the rest go quiet', () => {
		const layout = layoutPowers(focused('bulk-interception'), 560);
		const status = Object.fromEntries(
			[...layout.powers, ...layout.kinds].map((box) => [box.id, box.status])
		);
		expect(status['bulk-interception']).toBe('focus');
		expect(status['targeted-interception']).toBe('quiet');
		expect(status.content).toBe('linked');
		expect(status['communications-data']).toBe('linked');
		expect(status.devices).toBe('quiet');
		expect(status.datasets).toBe('quiet');
		const focusLinks = layout.links.filter((link) => link.status === 'focus');
		expect(focusLinks.map((link) => link.to).sort()).toEqual(['communications-data', 'content']);
		// Highlighted links come last, so they are drawn on top.
		expect(layout.links.slice(-focusLinks.length)).toEqual(focusLinks);
		const box = layout.powers.find((b) => b.id === 'bulk-interception')!;
		expect(layout.highlight!.y).toBeLessThan(box.y);
		expect(layout.highlight!.y + layout.highlight!.height).toBeGreaterThan(box.y + box.height);
	});

	it('draws a technical capability notice’s link as help, not collection', () => {
		const layout = layoutPowers(focused('technical-capability-notices'), 560);
		const links = layout.links.filter((link) => link.from === 'technical-capability-notices');
		expect(links.map((link) => link.how)).toEqual(['enables']);
	});
});

describe('powers map in words', () => {
	it('lists every power and what it reaches when nothing is highlighted', () => {
		const text = describePowers(whole);
		expect(text).toMatch(/^Map of the Investigatory Powers Act: 7 powers on the left/);
		for (const power of whole.powers) expect(text).toContain(power.name);
		expect(text).toContain('collects nothing itself');
	});

	it('names the highlighted power, where it is in the Act, what it reaches and the court case', () => {
		const text = describePowers(focused('bulk-interception'));
		expect(text).toContain('Highlighted: Bulk interception (Part 6, chapter 1)');
		expect(text).toContain('content (what messages say) and communications data');
		expect(text).toContain('Liberty challenged it in court.');
		expect(describePowers(focused('targeted-interception'))).toContain(
			'not among the powers Liberty challenged'
		);
	});

	it('lists the safeguards a step shows', () => {
		const last = mapSteps.at(-1)!.state;
		expect(last.safeguards).toEqual(['double-lock', 'consultation', 'secrecy']);
		const text = describePowers(last);
		expect(text).toContain('Double lock: the Home Secretary decides');
		expect(text).toContain('Judicial Commissioner must approve');
		expect(text).toContain('Secrecy: the company may not reveal');
	});
});
