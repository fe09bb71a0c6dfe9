/**
 * The options of an embed, read from its query string: `/embed/<chapter>?from=…&to=…&quiz=0&theme=dark
 * &report=https://school.example`. Pure and total: any string at all gives options, and anything
 * not understood gives that option's default, silently (a student must never see an error because
 * of a typo in a teacher's embed code). The prerendered page shows the defaults; the browser reads
 * the real query string after hydration (see routes/(embed)/embed/[slug]/+page.svelte).
 */

export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
	/** Id of the first step to show, or null for the chapter's first. */
	from: string | null;
	/** Id of the last step to show, or null for the chapter's last. */
	to: string | null;
	/** Whether the chapter's quiz follows the steps. */
	quiz: boolean;
	/** `auto` follows the reader's system setting. */
	theme: Theme;
	/** The host origin that receives quiz results, exactly; null: results go nowhere. */
	report: string | null;
}

export const DEFAULT_OPTIONS: Readonly<EmbedOptions> = Object.freeze({
	from: null,
	to: null,
	quiz: true,
	theme: 'auto',
	report: null
});

/** Longer values are not anything we would accept (ids and origins are short): ignored unread. */
const MAX_VALUE_LENGTH = 512;
/** A query string beyond this is not an embed code's: only its start is read. */
const MAX_QUERY_LENGTH = 8192;

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * The value of `name`, or null when it is absent, too long, or given more than once with
 * different values (which one was meant cannot be known, so neither is used).
 */
function single(params: URLSearchParams, name: string): string | null {
	const values = params.getAll(name);
	if (values.length === 0) return null;
	const first = values[0]!;
	if (first.length > MAX_VALUE_LENGTH || values.some((value) => value !== first)) return null;
	return first;
}

/**
 * `value` when it is an http(s) origin written exactly as browsers write one (`location.origin`):
 * scheme, host and any non-default port, no path, no trailing slash, no user name, lower case.
 * Anything else (including `*` and `null`) is null: results are sent to one exact origin or none.
 */
export function parseOrigin(value: string | null): string | null {
	if (value === null || value.length === 0 || value.length > MAX_VALUE_LENGTH) return null;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return null;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	return url.origin === value ? value : null;
}

/** The options in `search` (with or without its `?`), for a chapter whose steps are `stepIds`. */
export function parseEmbedOptions(search: string, stepIds: readonly string[]): EmbedOptions {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(String(search).slice(0, MAX_QUERY_LENGTH));
	} catch {
		return { ...DEFAULT_OPTIONS };
	}

	const step = (name: string) => {
		const id = single(params, name);
		return id !== null && stepIds.includes(id) ? id : null;
	};
	let from = step('from');
	let to = step('to');
	// A range that ends before it starts cannot be meant: the whole chapter rather than nothing.
	if (from !== null && to !== null && stepIds.indexOf(to) < stepIds.indexOf(from)) {
		from = null;
		to = null;
	}

	const quizValue = single(params, 'quiz')?.trim();
	const quiz = quizValue === '0' ? false : quizValue === '1' ? true : DEFAULT_OPTIONS.quiz;

	const themeValue = single(params, 'theme')?.trim().toLowerCase();
	const theme = THEMES.find((name) => name === themeValue) ?? DEFAULT_OPTIONS.theme;

	return { from, to, quiz, theme, report: parseOrigin(single(params, 'report')) };
}
