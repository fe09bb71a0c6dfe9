import { describe, expect, it } from 'vitest';
import { steps } from '$content/chapters/06-the-law/steps';
import type { RulingsState } from '$lib/law/law-types';
import {
	LABEL_HEIGHT,
	MIN_WIDTH,
	describeRulings,
	eventDate,
	layoutRulings,
	parseDay
} from '$lib/law/rulings';

const timelineSteps = steps.filter(
	(step): step is (typeof steps)[number] & { state: RulingsState } => step.state.view === 'rulings'
);
const state = timelineSteps[0]!.state;
const at = (focus: string): RulingsState => ({ ...state, focus });

/** A generous estimate of how wide a line of text draws: 0.6 em per character. */
const textWidth = (text: string, size: number) => text.length * size * 0.6;

describe('rulings timeline data', () => {
	it('has a real calendar date for every event, and rulings in the order the courts gave them', () => {
		for (const event of state.events) {
			expect(() => parseDay(event.date)).not.toThrow();
			expect(parseDay(event.date).toISOString().slice(0, 10)).toBe(event.date);
		}
		expect(state.events.map((event) => event.date)).toEqual(
			[...state.events.map((event) => event.date)].sort()
		);
		const rulings = state.events.filter((event) => event.kind === 'ruling');
		expect(rulings.map((event) => event.date.slice(0, 4))).toEqual([
			'2018',
			'2019',
			'2022',
			'2023'
		]);
		for (const ruling of rulings) expect(ruling.outcome).toBeDefined();
	});

	it('refuses dates that do not exist', () => {
		expect(() => parseDay('2018-02-30')).toThrow(RangeError);
		expect(() => parseDay('27 April 2018')).toThrow(RangeError);
	});

	it('writes dates in UTC, by month where the sources give only the month', () => {
		expect(eventDate({ date: '2018-04-27', precision: 'day' })).toBe('27 April 2018');
		expect(eventDate({ date: '2017-02-01', precision: 'month' })).toBe('February 2017');
	});
});

describe('rulings timeline layout', () => {
	it.each([MIN_WIDTH, 320, 560, 900])(
		'keeps every marker and label inside a %i px drawing',
		(width) => {
			const layout = layoutRulings(state, width);
			for (const marker of layout.markers) {
				expect(marker.x).toBeGreaterThan(0);
				expect(marker.x + 9).toBeLessThan(layout.labelX);
				expect(marker.y).toBeGreaterThan(0);
				expect(marker.y).toBeLessThan(layout.height);
				expect(marker.labelTop).toBeGreaterThanOrEqual(0);
				expect(marker.labelTop + LABEL_HEIGHT).toBeLessThanOrEqual(layout.height);
				expect(layout.labelX + textWidth(marker.meta, 11)).toBeLessThanOrEqual(width);
				expect(layout.labelX + textWidth(marker.label, 12)).toBeLessThanOrEqual(width);
			}
			for (const tick of layout.ticks) {
				expect(tick.y).toBeGreaterThan(0);
				expect(tick.y).toBeLessThan(layout.height);
			}
		}
	);

	it('puts later events lower down, at their dates, with labels that never overlap', () => {
		const layout = layoutRulings(state, 320);
		for (let i = 1; i < layout.markers.length; i++) {
			const [above, below] = [layout.markers[i - 1]!, layout.markers[i]!];
			expect(below.y).toBeGreaterThan(above.y);
			expect(below.labelTop).toBeGreaterThanOrEqual(above.labelTop + LABEL_HEIGHT);
		}
		// A time axis, not a list: two years apart is further than one.
		const y = (id: string) => layout.markers.find((marker) => marker.id === id)!.y;
		expect(y('ruling-2022') - y('ruling-2019')).toBeGreaterThan(
			y('ruling-2019') - y('ruling-2018')
		);
		expect(layout.ticks.map((tick) => tick.label)).toEqual([
			'2017',
			'2018',
			'2019',
			'2020',
			'2021',
			'2022',
			'2023',
			'2024'
		]);
	});

	it('never lets two markers overlap, moving the later one beside the axis if need be', () => {
		for (const width of [MIN_WIDTH, 900]) {
			const markers = layoutRulings(state, width).markers;
			for (let i = 1; i < markers.length; i++) {
				const [a, b] = [markers[i - 1]!, markers[i]!];
				expect(Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y))).toBeGreaterThanOrEqual(15);
			}
		}
		// Royal Assent and Liberty's claim are only ten weeks apart.
		const claim = layoutRulings(state, MIN_WIDTH).markers.find((m) => m.id === 'liberty-claim')!;
		expect(claim.shifted).toBe(true);
		expect(claim.x + 9).toBeLessThan(layoutRulings(state, MIN_WIDTH).labelX);
	});

	it('marks the focused event, those before it as reached and the rest as ahead', () => {
		const layout = layoutRulings(at('ruling-2019'), 560);
		expect(Object.fromEntries(layout.markers.map((marker) => [marker.id, marker.status]))).toEqual({
			'royal-assent-2016': 'reached',
			'liberty-claim': 'reached',
			'ruling-2018': 'reached',
			'ruling-2019': 'focus',
			'ruling-2022': 'ahead',
			'ruling-2023': 'ahead',
			'amendment-2024': 'ahead'
		});
		const focus = layout.markers.find((marker) => marker.status === 'focus')!;
		expect(layout.focus).toEqual({ x: focus.x, y: focus.y });
	});

	it('gives each outcome its own shape and says it in words', () => {
		const layout = layoutRulings(state, 560);
		const byId = Object.fromEntries(layout.markers.map((marker) => [marker.id, marker]));
		expect(byId['ruling-2018']!.shape).toBe('against-government');
		expect(byId['ruling-2019']!.shape).toBe('for-government');
		expect(byId['ruling-2022']!.shape).toBe('partly');
		expect(byId['royal-assent-2016']!.shape).toBe('law');
		expect(byId['ruling-2018']!.meta).toBe('27 April 2018 · Liberty wins');
		expect(byId['ruling-2019']!.meta).toBe('29 July 2019 · Government wins');
		expect(byId['liberty-claim']!.meta).toBe('February 2017 · Claim started');
	});
});

describe('rulings timeline in words', () => {
	it('says what is highlighted, how it went, what came before and how much is left', () => {
		const text = describeRulings(at('ruling-2018'));
		expect(text).toContain(
			'Highlighted: 27 April 2018, High Court (Divisional Court): Data retention breaks EU law, against the government.'
		);
		expect(text).toContain('Already on the line: 29 November 2016, Parliament');
		expect(text).toContain('February 2017, Liberty');
		expect(text).toContain('Still to come: 4 events.');
	});
});
