import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from '$lib/quiz/score';

describe('parseNumber', () => {
	it.each([
		['1.1e19', 1.1e19],
		['1.1E+19', 1.1e19],
		['1.1 × 10^19', 1.1e19],
		['1.1x10^19', 1.1e19],
		['1.1 X 10^19', 1.1e19],
		['1.1*10**19', 1.1e19],
		['1.1 · 10 ^ 19', 1.1e19],
		['10^19', 1e19],
		['-10^3', -1000],
		['11,000,000', 11_000_000],
		['11 000 000', 11_000_000],
		['11\u202f000\u202f000', 11_000_000],
		['1 000.5', 1000.5],
		['3.4 × 10¹⁹', 3.4e19],
		['10⁻³', 0.001],
		['2.5 × 10⁻⁷', 2.5e-7],
		['-5', -5],
		['−5', -5],
		['+3', 3],
		[' 42 ', 42],
		['5.', 5],
		['.5', 0.5],
		['0', 0]
	])('reads %j as %d', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});

	it('avoids the rounding error of multiplying by a power of ten', () => {
		expect(parseNumber('1.1 × 10^19')).toBe(Number('1.1e19'));
		expect(parseNumber('3 × 10^-7')).toBe(3e-7);
	});

	it.each([
		[''],
		['   '],
		['abc'],
		['1e'],
		['10^'],
		['e5'],
		['1.1 ×'],
		['2^64'],
		['1,5'],
		['1,0000'],
		['12 34'],
		['1.2.3'],
		['--5'],
		['5 years'],
		['1e400'],
		['.']
	])('refuses %j', (text) => {
		expect(parseNumber(text)).toBeNull();
	});
});

describe('formatNumber', () => {
	it.each([
		[0, '0'],
		[-0, '0'],
		[42, '42'],
		[20_000, '20,000'],
		[1234.5678, '1,234.568'],
		[3.14159, '3.142'],
		[0.1 + 0.2, '0.3'],
		[999_999, '999,999'],
		[0.5, '0.5'],
		[0.001, '0.001'],
		[0.00123, '0.00123'],
		[0.0012345, '0.00123'],
		[-5, '−5'],
		[-1234.5, '−1,234.5']
	])('writes %d plainly as %j', (value, text) => {
		expect(formatNumber(value)).toBe(text);
	});

	it.each([
		[1e6, '10⁶'],
		[999_999.9999, '10⁶'],
		[1.1e19, '1.1 × 10¹⁹'],
		[3.456e19, '3.46 × 10¹⁹'],
		[7.2e16, '7.2 × 10¹⁶'],
		[9.999e19, '10²⁰'],
		[1e21, '10²¹'],
		[0.0009, '9 × 10⁻⁴'],
		[1.5e-7, '1.5 × 10⁻⁷'],
		[-1.1e19, '−1.1 × 10¹⁹']
	])('writes %d in powers of ten as %j', (value, text) => {
		expect(formatNumber(value)).toBe(text);
	});

	it('does not fail on infinities and NaN', () => {
		expect(formatNumber(Infinity)).toBe('∞');
		expect(formatNumber(-Infinity)).toBe('−∞');
		expect(formatNumber(NaN)).toBe('NaN');
	});

	it('writes what parseNumber reads back exactly, for numbers with few figures', () => {
		for (const value of [0, 7, -5, 20_000, 1234.5, 0.00123, 1e6, 1.1e19, 3.4e-7, -2.5e20]) {
			expect(parseNumber(formatNumber(value))).toBe(value);
		}
	});
});
