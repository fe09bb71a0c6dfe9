import { describe, expect, it } from 'vitest';
import { describeBackdoor } from '$lib/backdoors/describe';
import { DESIGN_IDS, type BackdoorState, type Moment } from '$lib/backdoors/types';
import { steps } from '../../../content/chapters/04-what-a-backdoor-would-change/steps';

const MOMENTS: Moment[] = ['sending', 'warrant', 'breach'];
const same = (a: BackdoorState, b: BackdoorState) =>
	a.view === b.view && a.design === b.design && a.moment === b.moment;

describe('chapter 4 diagram in words', () => {
	it('gives every step a description of a few plain sentences', () => {
		for (const step of steps) {
			const text = describeBackdoor(step.state);
			expect(text.trim(), step.id).not.toBe('');
			expect(text, step.id).toMatch(/[.!?]$/);
		}
	});

	it('changes the words whenever a step changes the flow diagram', () => {
		for (let i = 1; i < steps.length; i++) {
			const [before, after] = [steps[i - 1]!, steps[i]!];
			if (before.state.view !== 'flow' || after.state.view !== 'flow') continue;
			if (same(before.state, after.state)) continue;
			expect(describeBackdoor(after.state), `${before.id} → ${after.id}`).not.toBe(
				describeBackdoor(before.state)
			);
		}
	});

	it('tells every design and moment of the flow apart, in two to four sentences each', () => {
		const texts = DESIGN_IDS.flatMap((design) =>
			MOMENTS.map((moment) => describeBackdoor({ view: 'flow', design, moment }))
		);
		expect(new Set(texts).size).toBe(texts.length);
		for (const text of texts) {
			const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
			expect(sentences.length, text).toBeGreaterThanOrEqual(2);
			expect(sentences.length, text).toBeLessThanOrEqual(4);
		}
	});

	it('names the people the reader meets in the flow: Alice, Bob and the provider', () => {
		for (const design of DESIGN_IDS) {
			const text = describeBackdoor({ view: 'flow', design, moment: 'sending' });
			expect(text).toMatch(/Alice/);
			expect(text).toMatch(/Bob/);
			expect(text).toMatch(/provider/);
		}
	});

	it('describes the matrix with a sentence of its own', () => {
		const text = describeBackdoor({ view: 'matrix', design: 'escrow', moment: 'breach' });
		expect(text).toMatch(/matrix/);
		expect(text).toMatch(/key escrow/);
	});
});
