import { describe, expect, it } from 'vitest';
import { steps } from '$content/chapters/01-the-demand/steps';
import { describeTimeline, eventDate, formatDay, layoutTimeline } from '$lib/diagrams/timeline';
import type { TimelineState } from '$lib/diagrams/timeline-types';

const state: TimelineState = {
	window: ['2017-03-20', '2017-04-01'],
	focus: 'marr',
	events: [
		{ id: 'ipa', date: '2016-11-29', label: 'Act passed', kind: 'law' },
		{ id: 'attack', date: '2017-03-22', label: 'Attack', kind: 'attack' },
		{ id: 'marr', date: '2017-03-26', label: 'Interview', kind: 'government' },
		{ id: 'meeting', date: '2017-03-30', label: 'Meeting', kind: 'government' },
		{ id: 'forum', date: '2017-03-30', label: 'Forum', kind: 'industry', approximate: true }
	]
};

describe('timeline layout', () => {
	it.each([260, 320, 560, 1100])('keeps every mark inside a %i px wide drawing', (width) => {
		const layout = layoutTimeline(state, width);
		for (const marker of layout.markers) {
			expect(marker.x).toBeGreaterThanOrEqual(0);
			expect(marker.x).toBeLessThanOrEqual(width);
			expect(marker.y).toBeGreaterThan(0);
			expect(marker.y).toBeLessThan(layout.height);
		}
		expect(layout.callout!.y).toBeGreaterThan(10);
		expect(layout.ticks).toHaveLength(13);
		const labelled = layout.ticks.filter((tick) => tick.label);
		expect(labelled.length).toBeGreaterThanOrEqual(3);
		// Day labels never crowd each other.
		for (let i = 1; i < labelled.length; i++) {
			expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThanOrEqual(52);
		}
	});

	it('marks the focused event, those before it as reached and the rest as ahead', () => {
		const status = Object.fromEntries(
			layoutTimeline(state, 600).markers.map((marker) => [marker.id, marker.status])
		);
		expect(status).toEqual({
			ipa: 'reached',
			attack: 'reached',
			marr: 'focus',
			meeting: 'ahead',
			forum: 'ahead'
		});
	});

	it('puts earlier events in the inset and stacks events on the same day', () => {
		const layout = layoutTimeline(state, 600);
		const at = (id: string) => layout.markers.find((marker) => marker.id === id)!;
		expect(layout.before).not.toBeNull();
		expect(at('ipa').x).toBeLessThan(layout.axis.x1);
		expect(at('meeting').x).toBe(at('forum').x);
		expect(at('forum').y).toBeLessThan(at('meeting').y);
		expect(at('attack').x).toBeLessThan(at('marr').x);
	});

	it('labels the focused event with its date', () => {
		expect(layoutTimeline(state, 600).callout).toMatchObject({
			date: '26 March 2017',
			label: 'Interview'
		});
	});
});

describe('timeline in words', () => {
	it('dates in UTC, so every time zone reads the same day', () => {
		expect(formatDay('2017-03-26')).toBe('26 March 2017');
		expect(eventDate({ date: '2017-03-31', approximate: true })).toBe('about 31 March 2017');
	});

	it('says what is highlighted, what came before and how much is left', () => {
		expect(describeTimeline(state)).toBe(
			'Timeline from 20 March 2017 to 1 April 2017. Highlighted: 26 March 2017, Interview. ' +
				'Already on the line: 29 November 2016, Act passed; 22 March 2017, Attack. ' +
				'Still to come: 2 events.'
		);
	});

	it('lists every event when nothing is highlighted', () => {
		expect(describeTimeline({ ...state, focus: null })).toContain('It shows 5 events');
	});

	it('describes every step of chapter 1 differently where the drawing differs', () => {
		const texts = steps.map((step) => describeTimeline(step.state));
		const focuses = steps.map((step) => step.state.focus);
		for (const [i, text] of texts.entries()) {
			expect(text).toContain('Highlighted:');
			if (i > 0 && focuses[i] !== focuses[i - 1]) expect(text).not.toBe(texts[i - 1]);
		}
		for (const step of steps) {
			expect(step.state.events.some((event) => event.id === step.state.focus)).toBe(true);
		}
	});
});
