import { describe, expect, it } from 'vitest';
import {
	clampStep,
	clampToRange,
	fullRange,
	indexFromHash,
	keyDelta,
	ownsArrowKeys,
	rangeFromIds,
	readingLineMargin,
	stepStatus
} from '$lib/scrolly/step-logic';

const ids = ['the-law', 'the-attack', 'the-meeting'];
const key = (
	name: string,
	mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}
) => ({
	key: name,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	...mods
});

describe('step logic', () => {
	it('keeps a step index inside the chapter', () => {
		expect(clampStep(-1, 3)).toBe(0);
		expect(clampStep(5, 3)).toBe(2);
		expect(clampStep(1.7, 3)).toBe(1);
		expect(clampStep(0, 0)).toBe(0);
	});

	it('finds the step a URL hash names, or none', () => {
		expect(indexFromHash(ids, '#the-meeting')).toBe(2);
		expect(indexFromHash(ids, 'the-attack')).toBe(1);
		expect(indexFromHash(ids, '#the%2Dlaw')).toBe(0);
		expect(indexFromHash(ids, '#nowhere')).toBeNull();
		expect(indexFromHash(ids, '')).toBeNull();
		expect(indexFromHash(ids, '#%E0%A4%A')).toBeNull();
	});

	it('words the indicator as readers count', () => {
		expect(stepStatus(0, 8)).toBe('Step 1 of 8');
		expect(stepStatus(7, 8)).toBe('Step 8 of 8');
	});

	it('moves with Left and Right only, and never with a modifier held', () => {
		expect(keyDelta(key('ArrowRight'))).toBe(1);
		expect(keyDelta(key('ArrowLeft'))).toBe(-1);
		expect(keyDelta(key('ArrowDown'))).toBe(0);
		expect(keyDelta(key('ArrowRight', { altKey: true }))).toBe(0);
		expect(keyDelta(key('ArrowLeft', { metaKey: true }))).toBe(0);
	});

	it('leaves arrow keys to nothing when nothing is focused', () => {
		expect(ownsArrowKeys(null)).toBe(false);
	});

	it('puts the reading line where the layout expects it', () => {
		expect(readingLineMargin(0.5)).toBe('-50% 0px -49% 0px');
		expect(readingLineMargin(0.62)).toBe('-62% 0px -37% 0px');
	});

	it('shows a part of the chapter from one step id to another, both included', () => {
		const five = ['a', 'b', 'c', 'd', 'e'];
		expect(rangeFromIds(five, 'b', 'd')).toEqual({ first: 1, last: 3 });
		expect(rangeFromIds(five, 'c', 'c')).toEqual({ first: 2, last: 2 });
		expect(rangeFromIds(five, 'c', null)).toEqual({ first: 2, last: 4 });
		expect(rangeFromIds(five, null, 'b')).toEqual({ first: 0, last: 1 });
		expect(rangeFromIds(five, null, null)).toEqual(fullRange(5));
	});

	it('keeps the chapter end for an unknown id, and the whole chapter for a backwards range', () => {
		const five = ['a', 'b', 'c', 'd', 'e'];
		expect(rangeFromIds(five, 'nope', 'c')).toEqual({ first: 0, last: 2 });
		expect(rangeFromIds(five, 'b', 'nope')).toEqual({ first: 1, last: 4 });
		expect(rangeFromIds(five, 'd', 'b')).toEqual({ first: 0, last: 4 });
		expect(rangeFromIds([], 'a', 'b')).toEqual({ first: 0, last: 0 });
	});

	it('keeps a step index inside a range, whatever number it is given', () => {
		const range = { first: 2, last: 4 };
		expect(clampToRange(0, range)).toBe(2);
		expect(clampToRange(3, range)).toBe(3);
		expect(clampToRange(9, range)).toBe(4);
		expect(clampToRange(3.9, range)).toBe(3);
		expect(clampToRange(Number.NaN, range)).toBe(2);
		expect(clampToRange(Infinity, range)).toBe(2);
	});
});
