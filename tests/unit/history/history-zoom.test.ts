import { describe, expect, it } from 'vitest';
import {
	DAY,
	FULL_WINDOW,
	MIN_SPAN,
	clampWindow,
	edgeWindow,
	formatWindow,
	panWindow,
	shiftWindow,
	toTime,
	windowOf,
	windowStatus,
	zoomLimits,
	zoomWindow
} from '$lib/history/history';
import type { HistoryEvent, TimeWindow } from '$lib/history/history-types';

const inside = ([start, end]: TimeWindow) => {
	expect(start).toBeGreaterThanOrEqual(FULL_WINDOW[0]);
	expect(end).toBeLessThanOrEqual(FULL_WINDOW[1]);
	expect(end - start).toBeGreaterThanOrEqual(MIN_SPAN);
};

const aftermath = windowOf(['2017-01-01', '2019-12-31']);

describe('the window a step names', () => {
	it('runs from the first day to the end of the last', () => {
		expect(aftermath).toEqual([toTime('2017-01-01'), toTime('2020-01-01')]);
		expect(windowOf(['1976-01-01', '2025-12-31'])).toEqual(FULL_WINDOW);
	});

	it('reads as whole years, or as months when it is not whole years', () => {
		expect(formatWindow(FULL_WINDOW)).toBe('1976 to 2025');
		expect(formatWindow(aftermath)).toBe('2017 to 2019');
		expect(formatWindow(windowOf(['2021-01-01', '2021-12-31']))).toBe('2021');
		expect(formatWindow(windowOf(['2017-03-01', '2017-05-31']))).toBe('March 2017 to May 2017');
	});
});

describe('zooming', () => {
	it('zooming in halves the window and keeps the anchor in place on screen', () => {
		const anchor = toTime('2018-11-01');
		const zoomed = zoomWindow(aftermath, 0.5, anchor);
		expect(zoomed[1] - zoomed[0]).toBeCloseTo((aftermath[1] - aftermath[0]) / 2, -3);
		const before = (anchor - aftermath[0]) / (aftermath[1] - aftermath[0]);
		const after = (anchor - zoomed[0]) / (zoomed[1] - zoomed[0]);
		expect(after).toBeCloseTo(before, 5);
	});

	it('never zooms in past two months, and stops saying it can', () => {
		let window = aftermath;
		for (let i = 0; i < 20; i++) window = zoomWindow(window, 0.5);
		inside(window);
		expect(window[1] - window[0]).toBe(MIN_SPAN);
		expect(zoomLimits(window).zoomIn).toBe(false);
		expect(zoomLimits(window).zoomOut).toBe(true);
	});

	it('never zooms out past 1976 to 2025, whatever the anchor', () => {
		let window: TimeWindow = windowOf(['2025-06-01', '2025-12-31']);
		for (let i = 0; i < 20; i++) window = zoomWindow(window, 2, toTime('2025-11-26'));
		expect(window).toEqual(FULL_WINDOW);
		expect(zoomLimits(window)).toEqual({
			zoomIn: true,
			zoomOut: false,
			earlier: false,
			later: false
		});
	});

	it('zooming out near an end slides the window back inside the span', () => {
		const nearEnd = windowOf(['2025-01-01', '2025-12-31']);
		const out = zoomWindow(nearEnd, 2);
		inside(out);
		expect(out[1]).toBe(FULL_WINDOW[1]);
		expect(out[1] - out[0]).toBe(2 * (nearEnd[1] - nearEnd[0]));
	});
});

describe('panning', () => {
	it('moves by a quarter of the window each press, earlier or later', () => {
		const later = panWindow(aftermath, 0.25);
		const quarter = (aftermath[1] - aftermath[0]) / 4;
		expect(later[0] - aftermath[0]).toBeCloseTo(quarter, -3);
		expect(panWindow(later, -0.25)[0]).toBeCloseTo(aftermath[0], -3);
	});

	it('stops at 1976 and at the end of 2025, keeping the window the same length', () => {
		let window = aftermath;
		for (let i = 0; i < 200; i++) window = panWindow(window, -0.25);
		expect(window[0]).toBe(FULL_WINDOW[0]);
		expect(window[1] - window[0]).toBe(aftermath[1] - aftermath[0]);
		expect(zoomLimits(window).earlier).toBe(false);
		for (let i = 0; i < 200; i++) window = panWindow(window, 0.25);
		expect(window[1]).toBe(FULL_WINDOW[1]);
		expect(zoomLimits(window).later).toBe(false);
		expect(edgeWindow(aftermath, 'start')[0]).toBe(FULL_WINDOW[0]);
		expect(edgeWindow(aftermath, 'end')[1]).toBe(FULL_WINDOW[1]);
	});

	it('a drag far past either end is held at the end', () => {
		inside(shiftWindow(aftermath, -100 * 365 * DAY));
		inside(shiftWindow(aftermath, 100 * 365 * DAY));
	});

	it('clamps windows that are too short, too long or outside the span', () => {
		inside(clampWindow([toTime('2017-03-26'), toTime('2017-03-27')]));
		expect(clampWindow([toTime('1900-01-01'), toTime('2100-01-01')])).toEqual(FULL_WINDOW);
		inside(clampWindow([toTime('1960-01-01'), toTime('1965-01-01')]));
	});
});

describe('the status line', () => {
	const events: HistoryEvent[] = [
		{ id: 'a', date: '2017-03-26', precision: 'day', label: 'A', kind: 'government' },
		{ id: 'b', date: '2018-11-01', precision: 'month', label: 'B', kind: 'government' },
		{ id: 'c', date: '2023-10-26', precision: 'day', label: 'C', kind: 'law' }
	];

	it('names the window and counts the events in it', () => {
		expect(windowStatus(events, aftermath)).toBe(
			'Showing 2017 to 2019, 2 events, the article’s week marked'
		);
		expect(windowStatus(events, windowOf(['2023-01-01', '2023-12-31']))).toBe(
			'Showing 2023, 1 event'
		);
		expect(windowStatus(events, zoomWindow(aftermath, 0.5, toTime('2018-11-01')))).toMatch(
			/^Showing \w+ 2017 to \w+ 2019, 1 event$/
		);
	});
});
