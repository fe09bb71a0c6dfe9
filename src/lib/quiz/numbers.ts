/**
 * Reading and writing the numbers of numeric questions. Readers type estimates in many notations
 * ("1.1e19", "1.1 × 10^19", "11,000,000"); answers are shown in one readable one.
 */

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Superscript characters a reader may paste, mapped to their plain forms. */
const FROM_SUPERSCRIPT: Record<string, string> = {
	...Object.fromEntries([...SUPERSCRIPT_DIGITS].map((digit, i) => [digit, String(i)])),
	'⁺': '+',
	'⁻': '-'
};

/** Minus signs and dashes a reader may type for a minus. */
const MINUS = /[\u2012\u2013\u2014\u2212\ufe63\uff0d]/g;

// Groups of three are required after a separator, so "1,5" (a decimal comma) is refused rather
// than silently read as fifteen. The spaces allowed are the ordinary, no-break, thin and narrow
// no-break spaces, as typed or pasted from typeset text.
const INTEGER = String.raw`\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+`;
const MANTISSA = String.raw`(?:${INTEGER})(?:\.\d*)?|\.\d+`;
const EXPONENT = String.raw`[+-]?\d+`;
const POWER_OF_TEN = String.raw`10\s*(?:\^|\*\*)\s*(${EXPONENT})`;
const NUMBER = new RegExp(
	String.raw`^([+-]?)\s*(?:(${MANTISSA})\s*(?:[eE](${EXPONENT})|[×xX*·⋅]\s*${POWER_OF_TEN})?|${POWER_OF_TEN})$`
);

/** Rewrites typographic minus signs and superscript exponents ("10⁻³") in plain form ("10^-3"). */
function normalise(text: string): string {
	return text
		.trim()
		.replace(MINUS, '-')
		.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+/g, (run) => '^' + [...run].map((c) => FROM_SUPERSCRIPT[c]).join(''));
}

/**
 * A number the reader typed, or null if it is not one. Accepts plain and scientific notation
 * ("1.1e19", "1.1E+19"), powers of ten ("1.1 × 10^19", "1.1x10^19", "1.1*10**19", "10^19",
 * "3.4 × 10¹⁹"), comma or space grouping in threes ("11,000,000", "11 000 000") and a leading
 * sign, including the typographic minus. Results that overflow to infinity are refused.
 */
export function parseNumber(text: string): number | null {
	const match = NUMBER.exec(normalise(text));
	if (!match) return null;
	const [, sign, mantissa, eExponent, timesExponent, bareExponent] = match;
	const digits = mantissa === undefined ? '1' : mantissa.replace(/[, \u00a0\u2009\u202f]/g, '');
	const exponent = eExponent ?? timesExponent ?? bareExponent ?? '0';
	// Rebuilding the text as "1.1e19" and parsing that once avoids the rounding error that
	// 1.1 * 10 ** 19 would introduce.
	const value = Number(`${sign}${digits}e${exponent}`);
	return Number.isFinite(value) ? value : null;
}

/** An integer exponent in superscript digits, e.g. -3 → "⁻³". */
function superscript(exponent: number): string {
	return String(exponent)
		.replace('-', '⁻')
		.replace(/\d/g, (digit) => SUPERSCRIPT_DIGITS[Number(digit)]!);
}

/** A positive number as "1.1 × 10¹⁹": at most two decimals in the mantissa, "10¹⁸" for 1 × 10¹⁸. */
function scientific(size: number): string {
	// toExponential rounds and carries (9.999e19 → "1.00e+20"), which is why it is used here.
	const [mantissa = '', exponent = '0'] = size.toExponential(2).split('e');
	const shortMantissa = mantissa.replace(/\.?0+$/, '');
	const power = `10${superscript(Number(exponent))}`;
	return shortMantissa === '1' ? power : `${shortMantissa} × ${power}`;
}

/**
 * A positive number below a million in plain form, rounded to three decimals (three significant
 * figures below 1), with commas between groups of three; null if rounding lifts it to a million.
 */
function plain(size: number): string | null {
	const decimals = size >= 1 ? 3 : 2 - Math.floor(Math.log10(size));
	const fixed = size.toFixed(decimals);
	if (Number(fixed) >= 1e6) return null;
	const [whole = '0', fraction = ''] = fixed.split('.');
	const shortFraction = fraction.replace(/0+$/, '');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return shortFraction === '' ? grouped : `${grouped}.${shortFraction}`;
}

/**
 * A number as a reader would write it. From 0.001 up to a million: plain, with comma grouping
 * ("20,000", as the chapters' prose writes numbers and as screen readers read reliably) and up to
 * three decimals ("0.00123" keeps three significant figures). Otherwise: "1.1 × 10¹⁹", at most two
 * decimals in the mantissa, superscript exponent. Negative numbers take a typographic minus ("−5").
 */
export function formatNumber(n: number): string {
	if (Number.isNaN(n)) return 'NaN';
	const sign = n < 0 ? '−' : '';
	const size = Math.abs(n);
	if (size === Infinity) return `${sign}∞`;
	if (size === 0) return '0';
	const text = size < 1e-3 || size >= 1e6 ? null : plain(size);
	return sign + (text ?? scientific(size));
}
