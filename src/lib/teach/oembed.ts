import { EMBED_HEIGHT, OEMBED_WIDTH, defaultOptions, embedCode, normaliseSite } from './embed-code';
import type { EmbedChapter } from './embed-code';

/** An oEmbed 1.0 response of type "rich" (https://oembed.com, section 2.3.4). */
export interface OEmbedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: 'Sealed';
	provider_url: string;
	/** The same code the /teach builder gives for a whole chapter with its quiz. */
	html: string;
	/** Pixels, as the spec requires; the iframe itself is 100% wide and sizes its own height. */
	width: number;
	height: number;
}

/**
 * Where a chapter's oEmbed file is published, e.g. `https://sealed.example/oembed/the-demand.json`.
 * `site`: the origin, plus the base path when the site is hosted below the root (normaliseSite).
 */
export function oembedHref(site: string, slug: string): string {
	return `${normaliseSite(site)}/oembed/${encodeURIComponent(slug)}.json`;
}

/** A chapter's oEmbed payload: the default embed (whole chapter, quiz on, the reader's theme). */
export function oembedPayload(address: string, chapter: EmbedChapter): OEmbedRich {
	const site = normaliseSite(address);
	return {
		type: 'rich',
		version: '1.0',
		title: `Chapter ${chapter.number}: ${chapter.title}`,
		provider_name: 'Sealed',
		provider_url: `${site}/`,
		html: embedCode(site, chapter, defaultOptions(chapter)),
		width: OEMBED_WIDTH,
		height: EMBED_HEIGHT
	};
}
