import { describe, expect, it } from 'vitest';
import { steps } from '$content/chapters/07-what-happened-next/steps';
import {
	FULL_WINDOW,
	historyHeight,
	layoutHistory,
	panWindow,
	toTime,
	visibleEvents,
	windowOf,
	zoomWindow,
	type HistoryLayout
} from '$lib/history/history';
import type { TimeWindow } from '$lib/history/history-types';

const WIDTHS = [320, 900];
const LINE = 12; // label font size: a label occupies [y - LINE, y]

function expectInside(layout: HistoryLayout, width: number) {
	expect(layout.width).toBe(width);
	expect(layout.height).toBe(historyHeight(width));
	for (const point of [...layout.markers, ...layout.clusters]) {
		expect(point.x).toBeGreaterThanOrEqual(0);
		expect(point.x).toBeLessThanOrEqual(width);
		expect(point.y).toBeGreaterThan(0);
		expect(point.y).toBeLessThan(layout.height);
	}
	for (const label of layout.labels) {
		expect(label.x).toBeGreaterThanOrEqual(0);
		expect(label.x + label.width).toBeLessThanOrEqual(width);
		expect(label.y - LINE).toBeGreaterThan(16); // below the week's label row
		expect(label.y).toBeLessThan(layout.axis.y);
	}
	for (const tick of layout.ticks.filter((t) => t.label)) {
		expect(tick.labelX).toBeGreaterThanOrEqual(0);
		expect(tick.labelX).toBeLessThanOrEqual(width);
	}
	if (layout.week) {
		expect(layout.week.x).toBeGreaterThanOrEqual(0);
		expect(layout.week.x + layout.week.width).toBeLessThanOrEqual(width);
		expect(layout.week.width).toBeGreaterThanOrEqual(4);
	}
}

function expectNoOverlap(layout: HistoryLayout) {
	const labels = layout.labels;
	for (let i = 0; i < labels.length; i++) {
		for (let j = i + 1; j < labels.length; j++) {
			const a = labels[i]!;
			const b = labels[j]!;
			const sameRow = Math.abs(a.y - b.y) < LINE;
			const sideBySide = a.x + a.width <= b.x || b.x + b.width <= a.x;
			expect(sameRow && !sideBySide, `${a.text} overlaps ${b.text}`).toBe(false);
		}
		// No other label's leader line runs through a label.
		const a = labels[i]!;
		for (const other of labels) {
			if (other === a) continue;
			const through =
				other.leader.x >= a.x && other.leader.x <= a.x + a.width && other.leader.y2 < a.y - LINE;
			expect(through && other.leader.y1 > a.y, `${other.text}'s line crosses ${a.text}`).toBe(
				false
			);
		}
	}
	const tickLabels = layout.ticks.filter((tick) => tick.label);
	for (let i = 1; i < tickLabels.length; i++) {
		const gap = tickLabels[i]!.labelX - tickLabels[i - 1]!.labelX;
		const halves = (tickLabels[i]!.label.length + tickLabels[i - 1]!.label.length) * 3.4;
		expect(gap).toBeGreaterThan(halves);
	}
	// Markers and cluster badges on one row never sit on top of each other.
	const points = [...layout.markers.filter((m) => !m.focus), ...layout.clusters];
	for (let i = 0; i < points.length; i++) {
		for (let j = i + 1; j < points.length; j++) {
			if (points[i]!.y !== points[j]!.y) continue;
			expect(Math.abs(points[i]!.x - points[j]!.x)).toBeGreaterThanOrEqual(15);
		}
	}
}

describe.each(WIDTHS)('the timeline at %i px', (width) => {
	it.each(steps.map((step) => [step.id, step] as const))(
		'step %s: everything inside the drawing, no label over another',
		(_, step) => {
			const layout = layoutHistory(step.state, width);
			expectInside(layout, width);
			expectNoOverlap(layout);
		}
	);

	it('always labels the highlighted event, in the lowest lane', () => {
		for (const step of steps.filter((s) => s.state.focus)) {
			const layout = layoutHistory(step.state, width);
			const label = layout.labels.find((l) => l.id === step.state.focus);
			expect(label, step.id).toBeDefined();
			expect(label!.focus).toBe(true);
			expect(Math.max(...layout.labels.map((l) => l.y))).toBe(label!.y);
		}
	});

	it('draws every event in view once, as a marker or inside a cluster', () => {
		for (const step of steps) {
			const layout = layoutHistory(step.state, width);
			const drawn = [...layout.markers.map((m) => m.id), ...layout.clusters.flatMap((c) => c.ids)];
			const expected = visibleEvents(step.state.events, windowOf(step.state.window));
			expect(drawn.sort()).toEqual(expected.map((e) => e.id).sort());
		}
	});

	it('stays inside and tidy at any zoom or pan the reader reaches', () => {
		const state = steps[0]!.state;
		let window: TimeWindow = FULL_WINDOW;
		const seen: TimeWindow[] = [];
		for (let i = 0; i < 10; i++) {
			window = zoomWindow(window, 0.5, toTime('2017-03-26'));
			seen.push(window, panWindow(window, -0.5), panWindow(window, 0.75));
		}
		for (const w of seen) {
			const layout = layoutHistory(state, width, w);
			expectInside(layout, width);
			expectNoOverlap(layout);
		}
	});
});

describe('zoom changes what the drawing shows', () => {
	const state = steps[0]!.state;

	it('the whole span shows the years since 2015 as clusters; zooming in opens them up', () => {
		const all = layoutHistory(state, 320);
		expect(all.clusters.length).toBeGreaterThan(0);
		const window = windowOf(['2017-01-01', '2019-12-31']);
		const zoomed = layoutHistory(state, 320, window);
		expect(zoomed.clusters).toEqual([]);
		expect(zoomed.markers).toHaveLength(4);
		// With room to spare, every event in view gets its label.
		expect(layoutHistory(steps[1]!.state, 900).labels).toHaveLength(4);
	});

	it('marks the article’s week only when it is in view, and at least 4 px wide', () => {
		expect(layoutHistory(state, 320).week!.width).toBe(4);
		const close = layoutHistory(state, 900, windowOf(['2017-03-01', '2017-04-30']));
		expect(close.week!.width).toBeGreaterThan(100);
		expect(layoutHistory(steps[9]!.state, 900).week).toBeNull();
	});

	it('spreads events further apart at 900 px than at 320 px', () => {
		const narrow = layoutHistory(steps[1]!.state, 320);
		const wide = layoutHistory(steps[1]!.state, 900);
		const span = (l: HistoryLayout) =>
			Math.max(...l.markers.map((m) => m.x)) - Math.min(...l.markers.map((m) => m.x));
		expect(span(wide)).toBeGreaterThan(span(narrow) * 2.5);
	});
});
