#!/usr/bin/env node
// Makes Sealed's icons from our own artwork, design/mark.svg, by rendering it in headless Chromium:
//   static/favicon.svg             the mark itself, minified
//   static/icons/icon-192.png      192×192, purpose "any" (rounded tile, transparent corners)
//   static/icons/icon-512.png      512×512, purpose "any"
//   static/icons/maskable-512.png  512×512, purpose "maskable": opaque, full-bleed blue, the
//                                  padlock scaled to 80% so it sits well inside the safe zone
//                                  (the circle of radius 40% of the size)
//   static/apple-touch-icon.png    180×180, opaque and full-bleed (iOS rounds the corners itself
//                                  and fills any transparency with black)
// The outputs are committed; run this again only when the mark changes.
// Usage: node scripts/make-icons.mjs
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const SOURCE = 'design/mark.svg';
/** The share of the full size the padlock keeps on the maskable icon (see the header). */
const MASKABLE_SCALE = 0.8;

const source = await readFile(SOURCE, 'utf8');
const viewBox = source.match(/viewBox="([^"]+)"/)?.[1];
const tile = source.match(/<rect id="tile"[^>]*\/>/)?.[0];
const padlock = source.match(/<g id="padlock"[\s\S]*?<\/g>/)?.[0];
if (!viewBox || !tile || !padlock) {
	console.error(`${SOURCE} needs a viewBox, a <rect id="tile" …/> and a <g id="padlock">…</g>.`);
	process.exit(1);
}
const [, , width, height] = viewBox.split(/\s+/).map(Number);
const fill = tile.match(/fill="([^"]+)"/)?.[1] ?? '#0b5cad';
const squeeze = (svg) => svg.replace(/\s*\n\s*/g, '').replace(/\s+id="[^"]*"/g, '');

/** An SVG document of the artwork; `bleed` swaps the rounded tile for a full square. */
function artwork({ bleed = false, scale = 1 } = {}) {
	const background = bleed ? `<rect width="${width}" height="${height}" fill="${fill}"/>` : tile;
	const cx = width / 2;
	const cy = height / 2;
	const mark =
		scale === 1
			? padlock
			: `<g transform="translate(${cx} ${cy}) scale(${scale}) translate(${-cx} ${-cy})">${padlock}</g>`;
	return squeeze(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${background}${mark}</svg>`
	);
}

const outputs = [
	{ path: 'static/icons/icon-192.png', size: 192, svg: artwork(), transparent: true },
	{ path: 'static/icons/icon-512.png', size: 512, svg: artwork(), transparent: true },
	{
		path: 'static/icons/maskable-512.png',
		size: 512,
		svg: artwork({ bleed: true, scale: MASKABLE_SCALE }),
		transparent: false
	},
	{
		path: 'static/apple-touch-icon.png',
		size: 180,
		svg: artwork({ bleed: true }),
		transparent: false
	}
];

const favicon = artwork() + '\n';
await writeFile('static/favicon.svg', favicon);
console.log(`static/favicon.svg             ${Buffer.byteLength(favicon)} bytes`);

await mkdir('static/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	for (const { path, size, svg, transparent } of outputs) {
		const page = await browser.newPage({
			viewport: { width: size, height: size },
			deviceScaleFactor: 1
		});
		const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
		await page.setContent(
			`<!doctype html><html><head><style>html,body{margin:0;background:transparent}` +
				`svg{display:block}</style></head><body>${sized}</body></html>`
		);
		await page.screenshot({ path, omitBackground: transparent, type: 'png' });
		await page.close();
		console.log(`${path.padEnd(30)} ${(await stat(path)).size} bytes (${size}×${size})`);
	}
} finally {
	await browser.close();
}
