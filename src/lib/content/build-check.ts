import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from 'mdsvex';
import type { Plugin } from 'vite';
import { chapterFolder, parseChapterMeta } from './schema.ts';

/** Reads and validates every chapter's front matter; throws a ContentError on the first fault. */
export async function checkChapters(root: string): Promise<number> {
	const dir = join(root, 'content', 'chapters');
	if (!existsSync(dir)) return 0;
	const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory());
	const seen = new Map<number, string>();
	for (const folder of folders) {
		const path = join(dir, folder.name, 'index.svx');
		const file = relative(root, path).split('\\').join('/');
		const { number } = chapterFolder(file);
		const other = seen.get(number);
		if (other) throw new Error(`${file}: chapter number ${number} is also used by ${other}`);
		seen.set(number, file);
		if (!existsSync(path)) throw new Error(`${file}: missing (every chapter folder needs one)`);
		const compiled = await compile(readFileSync(path, 'utf8'), { filename: path });
		const data = (compiled?.data as { fm?: unknown } | undefined)?.fm;
		parseChapterMeta(file, data);
	}
	return folders.length;
}

/** Vite plugin: a malformed chapter stops `vite build` (and dev) before anything is rendered. */
export function contentCheck(): Plugin {
	let root = process.cwd();
	return {
		name: 'sealed-content-check',
		configResolved(config) {
			root = config.root;
		},
		async buildStart() {
			await checkChapters(root);
		}
	};
}
