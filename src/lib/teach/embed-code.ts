/**
 * The embed code a teacher copies from /teach, and the oEmbed files carry: plain functions of the
 * chosen options, so the builder, the oEmbed payloads and the tests all produce the same text.
 *
 * The embed page (`/embed/<slug>`) reads these query options: `from` and `to` (step ids), `quiz`
 * (1 or 0), `theme` (light, dark or auto) and `report` (an origin that receives quiz results).
 */

export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/** What the builder knows of a chapter: enough to name it and list its steps. */
export interface EmbedChapter {
	slug: string;
	number: number;
	title: string;
	steps: readonly { id: string; label: string }[];
}

/** The options as a teacher sets them in the builder. */
export interface EmbedChoice {
	slug: string;
	/** Step id to start at. */
	from: string;
	/** Step id to end at (inclusive). */
	to: string;
	quiz: boolean;
	theme: Theme;
	/** The origin to report results to, as typed: '' for none. */
	report: string;
}

/** The options as the embed URL carries them; a missing `from`/`to`/`report` means the default. */
export interface EmbedOptions {
	slug: string;
	from?: string;
	to?: string;
	quiz: boolean;
	theme: Theme;
	report?: string;
}

/**
 * The iframe's height before the embed script sizes it: about one screen of a laptop, enough for
 * the diagram and a step together, so a page without the script still shows something usable.
 */
export const EMBED_HEIGHT = 640;
/** oEmbed's `width` must be a number of pixels; the iframe itself fills its column (100%). */
export const OEMBED_WIDTH = 720;

/** Escapes text for a double-quoted HTML attribute value (and for element content). */
export function escapeAttribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

export type OriginCheck = { ok: true; origin: string | null } | { ok: false; error: string };

/**
 * Reads what a teacher typed as the origin to send results to. Empty means no reporting. An
 * origin is a scheme (https, or http for a local test page), a host and an optional port, and
 * nothing after: results go to a site (postMessage's target), not to a page.
 */
export function parseOrigin(text: string): OriginCheck {
	const value = text.trim();
	if (value === '') return { ok: true, origin: null };
	const example = 'for example https://school.example';
	if (!/^https?:\/\//i.test(value)) {
		return {
			ok: false,
			error: `“${value}” is not an origin: it must start with https:// (or http://), ${example}.`
		};
	}
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return { ok: false, error: `“${value}” is not an origin: the host name is not valid.` };
	}
	if (url.username || url.password) {
		return { ok: false, error: `“${value}” is not an origin: leave out any user name.` };
	}
	const rest = value.replace(/^https?:\/\/[^/?#]*/i, '');
	if (rest !== '' && rest !== '/') {
		return {
			ok: false,
			error: `“${value}” is not an origin: leave out everything after the host name (“${rest}”), ${example}.`
		};
	}
	return { ok: true, origin: url.origin };
}

/** An origin without a trailing slash, so paths can be appended; throws if it is not one. */
export function normaliseOrigin(origin: string): string {
	const check = parseOrigin(origin);
	if (!check.ok || check.origin === null) throw new Error(`Not an origin: "${origin}"`);
	return check.origin;
}

/**
 * Where Sealed is published, without a trailing slash, so paths can be appended: an origin
 * (`https://sealed.example`), or an origin and the base path of a site hosted below the root
 * (`https://school.example/sealed`, a BASE_PATH build). Throws if it is neither.
 */
export function normaliseSite(site: string): string {
	let url: URL;
	try {
		url = new URL(site.trim());
	} catch {
		throw new Error(`Not a site address: "${site}"`);
	}
	const web = url.protocol === 'https:' || url.protocol === 'http:';
	if (!web || url.username || url.password || url.search || url.hash) {
		throw new Error(`Not a site address: "${site}"`);
	}
	return url.origin + url.pathname.replace(/\/+$/, '');
}

/**
 * Keeps a step range the right way round: when `from` moves past `to`, `to` follows it, and the
 * reverse when `to` is moved before `from`. Unknown ids fall back to the chapter's ends.
 */
export function orderRange(
	steps: readonly { id: string }[],
	from: string,
	to: string,
	moved: 'from' | 'to' = 'from'
): { from: string; to: string } {
	const ids = steps.map((step) => step.id);
	let start = ids.indexOf(from);
	let end = ids.indexOf(to);
	if (start === -1) start = 0;
	if (end === -1) end = ids.length - 1;
	if (start > end) {
		if (moved === 'from') end = start;
		else start = end;
	}
	return { from: ids[start] ?? '', to: ids[end] ?? '' };
}

/**
 * The builder's choice as embed options. The ends of the chapter are left out of the URL, so an
 * embed of a whole chapter keeps working if its steps are renamed later; an invalid origin is
 * reported and left out, so the code never carries a broken `report`.
 */
export function embedOptions(
	chapter: EmbedChapter,
	choice: EmbedChoice
): { options: EmbedOptions; reportError: string | null } {
	const { from, to } = orderRange(chapter.steps, choice.from, choice.to);
	const first = chapter.steps[0]?.id;
	const last = chapter.steps.at(-1)?.id;
	const report = parseOrigin(choice.report);
	return {
		options: {
			slug: chapter.slug,
			...(from && from !== first ? { from } : {}),
			...(to && to !== last ? { to } : {}),
			quiz: choice.quiz,
			theme: choice.theme,
			...(report.ok && report.origin ? { report: report.origin } : {})
		},
		reportError: report.ok ? null : report.error
	};
}

/**
 * The embed page's path and query, e.g. `/embed/the-demand?quiz=1&theme=auto`. `quiz` and `theme`
 * are always written out: a teacher reading the code sees what can be changed by hand.
 */
export function embedPath(options: EmbedOptions): string {
	const query = new URLSearchParams();
	if (options.from) query.set('from', options.from);
	if (options.to) query.set('to', options.to);
	query.set('quiz', options.quiz ? '1' : '0');
	query.set('theme', options.theme);
	if (options.report) query.set('report', options.report);
	return `/embed/${encodeURIComponent(options.slug)}?${query}`;
}

/** The iframe's accessible name: the site, the chapter and, for part of one, which steps. */
export function embedTitle(chapter: EmbedChapter, options: EmbedOptions): string {
	const base = `Sealed, chapter ${chapter.number}: ${chapter.title}`;
	if (!options.from && !options.to) return base;
	const ids = chapter.steps.map((step) => step.id);
	const start = options.from ? ids.indexOf(options.from) + 1 : 1;
	const end = options.to ? ids.indexOf(options.to) + 1 : ids.length;
	return start === end ? `${base} (step ${start})` : `${base} (steps ${start} to ${end})`;
}

/**
 * The `<iframe>` a teacher pastes. Why these attributes:
 * - `width="100%"` fills the host's column; `height` is a starting height the embed script
 *   replaces with the content's own (attributes, not `style`, survive sanitisers and strict CSPs);
 * - `loading="lazy"`: an embed further down a class page loads as it nears the screen;
 * - `referrerpolicy="no-referrer"`: the embed needs nothing from the host's address (results are
 *   posted to the origin named in `report`), and a course page's URL can name a class or a pupil;
 * - no `allow`: the chapters use no camera, microphone, location, full screen or clipboard, so the
 *   frame is delegated no permission at all (WebCrypto needs none);
 * - no `sandbox`: the embed needs scripts, its own storage for progress and links that open
 *   sources in a new tab; a sandbox allowing all of that would protect the host from little.
 */
export function iframeCode(site: string, chapter: EmbedChapter, options: EmbedOptions): string {
	const src = normaliseSite(site) + embedPath(options);
	const attributes: [string, string | number][] = [
		['src', src],
		['title', embedTitle(chapter, options)],
		['width', '100%'],
		['height', EMBED_HEIGHT],
		['loading', 'lazy'],
		['referrerpolicy', 'no-referrer']
	];
	const text = attributes.map(([name, value]) => `${name}="${escapeAttribute(String(value))}"`);
	return `<iframe ${text.join(' ')}></iframe>`;
}

/** The one line that sizes every Sealed iframe on the host page. */
export function scriptCode(site: string): string {
	return `<script src="${escapeAttribute(normaliseSite(site) + '/embed.js')}" async></script>`;
}

/** Everything to paste: the iframe, then the script line. `site`: see normaliseSite. */
export function embedCode(site: string, chapter: EmbedChapter, options: EmbedOptions): string {
	return `${iframeCode(site, chapter, options)}\n${scriptCode(site)}`;
}

/** The options for a whole chapter with the quiz, in the reader's theme, reporting nothing. */
export function defaultOptions(chapter: EmbedChapter): EmbedOptions {
	return { slug: chapter.slug, quiz: true, theme: 'auto' };
}
