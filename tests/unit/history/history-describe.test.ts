import { describe, expect, it } from 'vitest';
import { steps } from '$content/chapters/07-what-happened-next/steps';
import { describeHistory, eventDate } from '$lib/history/history';
import { historyDiagram } from '$lib/history/history-diagram';

describe('the timeline in words', () => {
	const texts = steps.map((step) => describeHistory(step.state));

	it('is the diagram’s text alternative', () => {
		expect(historyDiagram.describe).toBe(describeHistory);
	});

	it('changes at every step', () => {
		for (let i = 1; i < texts.length; i++) {
			expect(texts[i], steps[i]!.id).not.toBe(texts[i - 1]);
		}
	});

	it('names the span in view at each step', () => {
		expect(texts[0]).toMatch(/^Timeline of 1976 to 2025, shown in full: 25 events in view\./);
		expect(texts[1]).toMatch(
			/^Timeline of 1976 to 2025, zoomed to 2017 to 2019: 4 events in view\./
		);
		expect(texts[4]).toContain('zoomed to 2021:');
		expect(texts[6]).toContain('zoomed to 2023 to 2025:');
	});

	it('names the highlighted event with its date and kind', () => {
		expect(texts[0]).toContain('Highlighted: 26 March 2017, Rudd demands a way in (government).');
		expect(texts[3]).toContain('Highlighted: 30 May 2019, Open letter, 47 signatories (industry).');
		expect(texts[8]).toContain(
			'Highlighted: October 2024, Salt Typhoon breach reported (security incident).'
		);
		expect(texts.at(-1)).toContain('Nothing is highlighted.');
	});

	it('says whether the article’s week is in view', () => {
		expect(texts[0]).toContain(
			'A hatched band marks the week of the article, 22 to 31 March 2017.'
		);
		expect(texts[1]).toContain('A hatched band marks the week of the article');
		expect(texts[6]).toContain('The week of the article, March 2017, is outside this view.');
	});

	it('lists every event in view, in date order, and only those', () => {
		const step = steps[9]!;
		expect(texts[9]).toContain(
			'In view: February 2025, UK order to Apple reported (government, as reported); 21 February 2025, Apple pulls ADP in the UK (industry);'
		);
		for (const event of step.state.events) {
			const named = texts[9]!.includes(`${eventDate(event)}, ${event.label}`);
			expect(named, event.id).toBe(event.date.startsWith('2025'));
		}
	});
});
