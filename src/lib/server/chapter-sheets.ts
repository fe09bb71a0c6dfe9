import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChapterSheets, Sheet } from './chapter-css';

/** Where SvelteKit's client build leaves its files and its Vite manifest (the default outDir). */
const CLIENT_OUTPUT = '.svelte-kit/output/client';

const CHAPTER_ENTRY = /^content\/chapters\/\d+-([^/]+)\/index\.svx$/;

let cached: ChapterSheets | null = null;

/**
 * Each chapter's own CSS text, read from the client build's manifest: run while prerendering,
 * after the client is built. Empty when there is no client build (the dev server), so pages are
 * then left as SvelteKit made them.
 */
export function chapterSheets(): ChapterSheets {
	if (cached) return cached;
	const manifestFile = join(CLIENT_OUTPUT, '.vite', 'manifest.json');
	const sheets = new Map<string, Sheet[]>();
	if (existsSync(manifestFile)) {
		const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
			string,
			{ css?: string[] }
		>;
		for (const [source, chunk] of Object.entries(manifest)) {
			const slug = CHAPTER_ENTRY.exec(source)?.[1];
			if (!slug) continue;
			sheets.set(
				slug,
				(chunk.css ?? []).map((file) => ({
					file,
					text: readFileSync(join(CLIENT_OUTPUT, file), 'utf8')
				}))
			);
		}
	}
	cached = sheets;
	return sheets;
}
