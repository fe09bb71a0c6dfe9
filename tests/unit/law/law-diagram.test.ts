import { describe, expect, it } from 'vitest';
import { steps } from '$content/chapters/06-the-law/steps';
import { describeLaw, lawDiagram } from '$lib/law/law-diagram';

describe('chapter 6 diagram', () => {
	it('describes every step differently, so the words change as the drawing does', () => {
		const texts = steps.map((step) => describeLaw(step.state));
		expect(new Set(texts).size).toBe(steps.length);
		expect(lawDiagram.describe).toBe(describeLaw);
	});

	it('opens on the powers map and ends on the timeline, each step naming what it highlights', () => {
		expect(steps[0]!.state.view).toBe('powers');
		expect(steps.at(-1)!.state.view).toBe('rulings');
		const views = steps.map((step) => step.state.view);
		// One switch only: the map first, then the timeline.
		expect(views.indexOf('rulings')).toBe(views.lastIndexOf('powers') + 1);
		for (const step of steps.slice(1)) expect(describeLaw(step.state)).toContain('Highlighted:');
	});

	it('highlights only powers and events that exist', () => {
		for (const { state } of steps) {
			if (state.view === 'powers') {
				if (state.focus !== null) {
					expect(state.powers.map((power) => power.id)).toContain(state.focus);
				}
			} else {
				expect(state.events.map((event) => event.id)).toContain(state.focus);
			}
		}
	});
});
