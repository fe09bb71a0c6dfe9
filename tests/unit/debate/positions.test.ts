import { describe, expect, it } from 'vitest';
import { positions } from '$content/chapters/05-privacy-or-safety/positions';
import { steps } from '$content/chapters/05-privacy-or-safety/steps';
import {
	describePositions,
	layoutPositions,
	overlaps,
	placementOf,
	positionsHeight,
	whereWords,
	type Box
} from '$lib/debate/positions';
import type { PositionsState } from '$lib/debate/positions-types';

const WIDTHS = [260, 288, 320, 480, 560, 1100];
/** What a reader must see clear of any label: each marker with its ring, each earlier placing. */
const ringOf = (x: number, y: number, half: number): Box => ({
	x: x - half,
	y: y - half,
	width: 2 * half,
	height: 2 * half
});

describe('positions map layout', () => {
	for (const width of WIDTHS) {
		it(`keeps every marker and label inside the plot at ${width} px, for every step`, () => {
			for (const step of steps) {
				const layout = layoutPositions(step.state, width);
				expect(layout.width).toBe(width);
				expect(layout.height).toBe(positionsHeight(width));
				const { plot } = layout;
				expect(layout.markers.map((marker) => marker.id).sort()).toEqual(
					[...step.state.shown].sort()
				);
				for (const marker of layout.markers) {
					// The whole ring (radius 15) fits, not just the centre.
					expect(marker.x - 15, `${step.id}: ${marker.id}`).toBeGreaterThanOrEqual(plot.left);
					expect(marker.x + 15).toBeLessThanOrEqual(plot.right);
					expect(marker.y - 15).toBeGreaterThanOrEqual(plot.top - 4);
					expect(marker.y + 15).toBeLessThanOrEqual(plot.bottom + 4);
					const { box } = marker;
					expect(box.x, `${step.id}: ${marker.id} label`).toBeGreaterThanOrEqual(plot.left);
					expect(box.x + box.width).toBeLessThanOrEqual(plot.right);
					expect(box.y).toBeGreaterThanOrEqual(plot.top);
					expect(box.y + box.height).toBeLessThanOrEqual(plot.bottom);
				}
			}
		});

		it(`never lets a label cover another label, a marker or an earlier placing at ${width} px`, () => {
			for (const step of steps) {
				const layout = layoutPositions(step.state, width);
				const labels = layout.markers.map((marker) => ({ id: marker.id, box: marker.box }));
				for (const [i, a] of labels.entries()) {
					for (const b of labels.slice(i + 1)) {
						expect(overlaps(a.box, b.box), `${step.id}: ${a.id} and ${b.id}`).toBe(false);
					}
				}
				const marks = layout.markers.flatMap((marker) => [
					{ id: marker.id, box: ringOf(marker.x, marker.y, 12) },
					...marker.trail.map((point) => ({
						id: `${marker.id} (earlier)`,
						box: ringOf(point.x, point.y, 7)
					}))
				]);
				for (const label of labels) {
					for (const mark of marks) {
						expect(overlaps(label.box, mark.box), `${step.id}: ${label.id} on ${mark.id}`).toBe(
							false
						);
					}
				}
			}
		});
	}

	it('names markers in full on wide drawings and briefly on narrow ones', () => {
		const last = steps.at(-1)!.state;
		const wide = layoutPositions(last, 560).markers.map((marker) => marker.text);
		const narrow = layoutPositions(last, 320).markers.map((marker) => marker.text);
		expect(wide).toContain('Key escrow (Clipper)');
		expect(narrow).toContain('Escrow');
		for (const text of narrow) expect(text.length).toBeLessThanOrEqual(10);
	});

	it('keeps a label where it was when the highlight moves', () => {
		const [firms, doormats, found] = [
			'the-firms',
			'keys-under-doormats',
			'a-way-in-found-by-others'
		].map((id) => steps.find((step) => step.id === id)!.state);
		const boxes = (state: PositionsState) =>
			Object.fromEntries(layoutPositions(state, 320).markers.map((m) => [m.id, m.box]));
		// Same markers, same readings, only the highlight differs.
		expect(boxes(found!)).toEqual(boxes(doormats!));
		expect(layoutPositions(firms!, 320).markers.find((m) => m.id === 'ghost')!.status).toBe(
			'focus'
		);
	});

	it('moves a contested marker up when its critics speak, and leaves a trail behind', () => {
		const at = (id: string) => steps.find((step) => step.id === id)!.state;
		const rudd = (state: PositionsState) =>
			layoutPositions(state, 560).markers.find((marker) => marker.id === 'rudd')!;
		const march = rudd(at('the-home-secretarys-case'));
		const august = rudd(at('real-people'));
		const experts = rudd(at('keys-under-doormats'));
		expect(march.x).toBe(experts.x);
		expect(august.y).toBeLessThan(march.y);
		expect(experts.y).toBeLessThan(august.y);
		expect(march.trail).toEqual([]);
		expect(experts.trail).toEqual([
			{ x: march.x, y: march.y },
			{ x: august.x, y: august.y }
		]);
	});

	it('gives the drawing one entry per position at every step, so markers can glide', () => {
		for (const step of steps) {
			const { glide } = layoutPositions(step.state, 400);
			expect(glide.map((g) => g.id)).toEqual(positions.map((p) => p.id));
		}
	});

	it('reads the placing a step asks for, within the placings there are', () => {
		const rudd = positions.find((p) => p.id === 'rudd')!;
		const state = (reading: number): PositionsState => ({
			positions,
			shown: ['rudd'],
			focus: null,
			reading: { rudd: reading }
		});
		expect(placementOf(rudd, state(1))).toBe(rudd.placements[1]);
		expect(placementOf(rudd, state(9))).toBe(rudd.placements.at(-1));
		expect(placementOf(rudd, state(-2))).toBe(rudd.placements[0]);
		expect(placementOf(rudd, { positions, shown: [], focus: null })).toBe(rudd.placements[0]);
	});
});

describe('positions map in words', () => {
	it('puts both axes and the caveat first, then the highlighted position with its reason', () => {
		const text = describePositions(steps[1]!.state);
		expect(text).toMatch(
			/^A map of positions in the encryption debate\. Across: access for the state .* from none to routine\. Up: risk to everyone’s security, from low to high\. The placings are our reading, not measurements\. /
		);
		const rudd = positions.find((p) => p.id === 'rudd')!;
		expect(text).toContain(
			`Highlighted: Rudd’s request, 2017: wide access, low risk, ${rudd.placements[0]!.reading}. ${rudd.placements[0]!.reason}`
		);
		expect(text).toContain('Also on the map: E2EE as it stands, 2016');
		expect(text).toContain(`Still to come: ${positions.length - 2} more positions.`);
	});

	it('gives a reason for every position on the map', () => {
		const last = steps.at(-1)!.state;
		const text = describePositions(last);
		expect(text).toContain('On the map: ');
		expect(text).not.toContain('Highlighted');
		expect(text).not.toContain('Still to come');
		for (const position of positions) {
			expect(text).toContain(placementOf(position, last).reason);
		}
	});

	it('says where a moved marker sat before', () => {
		const text = describePositions(steps.find((step) => step.id === 'keys-under-doormats')!.state);
		expect(text).toContain(
			'It has moved here: earlier on the map it sat as she put it in March 2017, at wide access, low risk; as she put it later in 2017, at wide access, moderate risk.'
		);
	});

	it('differs at every step of chapter 5', () => {
		const texts = steps.map((step) => describePositions(step.state));
		expect(new Set(texts).size).toBe(steps.length);
	});

	it('uses coarse words for each scale', () => {
		expect(whereWords({ access: 0, risk: 0 })).toBe('little or no access, low risk');
		expect(whereWords({ access: 0.3, risk: 0.5 })).toBe('limited access, moderate risk');
		expect(whereWords({ access: 0.6, risk: 0.7 })).toBe('wide access, high risk');
		expect(whereWords({ access: 0.95, risk: 1 })).toBe('routine access, high risk');
	});
});

describe('chapter 5 positions and steps', () => {
	it('place every position inside both scales, with a reason for each placing', () => {
		const ids = positions.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const position of positions) {
			expect(position.placements.length).toBeGreaterThan(0);
			expect(position.short.length).toBeLessThanOrEqual(10);
			const readings = position.placements.map((placement) => placement.reading);
			expect(new Set(readings).size).toBe(readings.length);
			for (const placement of position.placements) {
				for (const value of [placement.access, placement.risk]) {
					expect(value).toBeGreaterThanOrEqual(0);
					expect(value).toBeLessThanOrEqual(1);
				}
				expect(placement.reason.length).toBeGreaterThan(40);
			}
		}
	});

	it('highlight only what is shown, read only placings that exist, and never hide a marker again', () => {
		const ids = new Set(positions.map((p) => p.id));
		let before = new Set<string>();
		for (const step of steps) {
			const { shown, focus, reading } = step.state;
			for (const id of shown) expect(ids.has(id)).toBe(true);
			if (focus !== null) expect(shown).toContain(focus);
			for (const [id, index] of Object.entries(reading ?? {})) {
				const position = positions.find((p) => p.id === id)!;
				expect(index).toBeLessThan(position.placements.length);
			}
			for (const id of before) expect(shown).toContain(id);
			before = new Set(shown);
		}
		expect(before).toEqual(ids);
	});
});
