import { describe, expect, it } from 'vitest';
import { flowModel, layoutFlow } from '../../../src/lib/backdoors/flow';
import { DESIGN_IDS, type Moment } from '../../../src/lib/backdoors/types';

const MOMENTS: Moment[] = ['sending', 'warrant', 'breach'];

describe('flow diagram model', () => {
	it('always shows the two phones and the server on the path, in that order', () => {
		for (const design of DESIGN_IDS)
			for (const moment of MOMENTS) {
				const { nodes, edges } = flowModel(design, moment);
				expect(nodes.slice(0, 3).map((n) => n.id)).toEqual(['alice', 'server', 'bob']);
				expect(edges.filter((e) => e.kind === 'message' && e.label === 'sealed')).toHaveLength(2);
			}
	});

	it('with no backdoor, only Alice and Bob can read and nothing else is drawn', () => {
		const { nodes } = flowModel('none', 'sending');
		expect(nodes.filter((n) => n.reads).map((n) => n.id)).toEqual(['alice', 'bob']);
		expect(nodes).toHaveLength(3);
	});

	it('a breach adds an unintended reader to every design that has one', () => {
		for (const design of ['escrow', 'ghost', 'weak-keys'] as const) {
			const before = flowModel(design, 'sending').nodes.filter(
				(n) => n.role === 'unintended' && n.reads
			);
			const after = flowModel(design, 'breach').nodes.filter(
				(n) => n.role === 'unintended' && n.reads
			);
			expect(before).toHaveLength(0);
			expect(after.length).toBeGreaterThan(0);
		}
	});

	it('scanning leaves the sealed path alone but sends a report once a match is made', () => {
		expect(flowModel('scanning', 'sending').edges.some((e) => e.kind === 'report')).toBe(false);
		expect(flowModel('scanning', 'warrant').edges.some((e) => e.kind === 'report')).toBe(true);
	});

	it('every place and arrow stays inside the drawing from 280 px to 900 px wide', () => {
		for (const width of [280, 320, 560, 900])
			for (const design of DESIGN_IDS)
				for (const moment of MOMENTS) {
					const layout = layoutFlow({ design, moment }, width);
					for (const node of layout.nodes) {
						expect(node.x - layout.radius).toBeGreaterThanOrEqual(0);
						expect(node.x + layout.radius).toBeLessThanOrEqual(width);
						expect(node.y + layout.radius + 20).toBeLessThanOrEqual(layout.height);
					}
					for (const edge of layout.edges) {
						for (const x of [edge.x1, edge.x2]) expect(x).toBeGreaterThan(0);
						for (const x of [edge.x1, edge.x2]) expect(x).toBeLessThan(width);
					}
				}
	});

	it('no two places share a position', () => {
		for (const design of DESIGN_IDS)
			for (const moment of MOMENTS) {
				const spots = layoutFlow({ design, moment }, 320).nodes.map((n) => `${n.x},${n.y}`);
				expect(new Set(spots).size).toBe(spots.length);
			}
	});
});
