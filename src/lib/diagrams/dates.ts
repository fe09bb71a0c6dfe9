/**
 * Dates in words, as the timelines of chapters 1, 6 and 7 print them: in UTC throughout, so the
 * prerendered page and the reader's browser agree in every time zone.
 */

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** "March 2017". */
export const monthYear = (date: Date): string =>
	`${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

/** "Mar", for axis ticks. */
export const shortMonth = (date: Date): string => MONTHS[date.getUTCMonth()]!.slice(0, 3);

/** "26 March 2017", or "March 2017" when only the month is known. */
export const dayOrMonth = (date: Date, precision: 'day' | 'month' = 'day'): string =>
	precision === 'month' ? monthYear(date) : `${date.getUTCDate()} ${monthYear(date)}`;
