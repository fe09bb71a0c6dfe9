import { describe, expect, it } from 'vitest';
import { dayOrMonth, monthYear, shortMonth } from '$lib/diagrams/dates';

describe('dates in words', () => {
	const day = new Date('2017-03-26T00:00:00Z');

	it('names the day, or only the month when that is all the sources give', () => {
		expect(dayOrMonth(day)).toBe('26 March 2017');
		expect(dayOrMonth(day, 'day')).toBe('26 March 2017');
		expect(dayOrMonth(day, 'month')).toBe('March 2017');
		expect(monthYear(new Date('2016-11-29T00:00:00Z'))).toBe('November 2016');
		expect(shortMonth(new Date('2018-09-01T00:00:00Z'))).toBe('Sep');
	});

	it('reads the date in UTC, so late evening in the Americas is still the same day', () => {
		expect(dayOrMonth(new Date('2017-03-31T23:30:00Z'))).toBe('31 March 2017');
		expect(dayOrMonth(new Date('2017-01-01T00:00:00Z'))).toBe('1 January 2017');
	});
});
