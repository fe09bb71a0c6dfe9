/** How long a search of a key space takes at a given rate, in words people can read. */

export interface Extrapolation {
	readonly bits: number;
	/** 2^bits. */
	readonly keys: number;
	/** On average the key turns up after half the space. */
	readonly expectedSeconds: number;
	/** Trying every key. */
	readonly worstSeconds: number;
}

/** How long a search of a `bits`-bit key space takes at `rate` keys per second. */
export function extrapolate(rate: number, bits: number): Extrapolation {
	if (!Number.isFinite(bits) || bits < 0) throw new RangeError('bits must be non-negative');
	const keys = 2 ** bits;
	if (!(rate > 0)) {
		return { bits, keys, expectedSeconds: Infinity, worstSeconds: Infinity };
	}
	return { bits, keys, expectedSeconds: keys / 2 / rate, worstSeconds: keys / rate };
}

/** A Julian year, as in facts.md §D (3.156 × 10^7 seconds). */
export const SECONDS_PER_YEAR = 365.25 * 24 * 3600;
/** facts.md §D3: the universe is about 13.8 billion years old. */
export const AGE_OF_UNIVERSE_YEARS = 13.8e9;

/** Round to two significant figures. */
function twoFigures(value: number): number {
	if (value === 0) return 0;
	const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
	return Math.round(value / magnitude) * magnitude;
}

function withSeparators(value: number): string {
	return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function trimmed(value: number): string {
	// At most one decimal place, as two significant figures of a number under 100 need no more.
	return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

function unit(value: number, singular: string): string {
	const text = trimmed(value);
	return `about ${text} ${text === '1' ? singular : `${singular}s`}`;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A number as mantissa × 10^exponent, the mantissa to two significant figures. */
export function scientific(value: number): { mantissa: string; exponent: number } {
	let exponent = Math.floor(Math.log10(value));
	let mantissa = Math.round((value / 10 ** exponent) * 10) / 10;
	if (mantissa >= 10) {
		mantissa /= 10;
		exponent += 1;
	}
	return { mantissa: mantissa.toFixed(1), exponent };
}

/**
 * A duration for people: "less than a second", "about 40 seconds", "about 20 hours",
 * "about 3.4 million years", "about 1.1 × 10¹⁹ years". Two significant figures, always "about".
 */
export function formatDuration(seconds: number): string {
	if (Number.isNaN(seconds) || seconds < 0) throw new RangeError('A duration is not negative');
	if (!Number.isFinite(seconds)) return 'for ever';
	if (seconds < 1) return 'less than a second';
	if (seconds < 60) return unit(twoFigures(seconds), 'second');
	if (seconds < 3600) return unit(twoFigures(seconds / 60), 'minute');
	if (seconds < 48 * 3600) return unit(twoFigures(seconds / 3600), 'hour');
	if (seconds < SECONDS_PER_YEAR) return unit(twoFigures(seconds / 86400), 'day');
	const years = twoFigures(seconds / SECONDS_PER_YEAR);
	if (years < 100) return unit(years, 'year');
	if (years < 1e6) return `about ${withSeparators(years)} years`;
	if (years < 1e9) return `about ${trimmed(years / 1e6)} million years`;
	if (years < 1e12) return `about ${trimmed(years / 1e9)} billion years`;
	const { mantissa, exponent } = scientific(years);
	const power = [...String(exponent)].map((digit) => SUPERSCRIPT[Number(digit)]).join('');
	return `about ${mantissa} × 10${power} years`;
}
