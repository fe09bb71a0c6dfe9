import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// WCAG contrast of the colour tokens in app.css, in every palette a reader can get: light, dark
// (the forced-dark block; theme-tokens.test.ts checks it equals the preferred-dark one) and
// paper. Text needs 4.5:1 (1.4.3), lines and shapes that carry meaning 3:1 (1.4.11).
const css = readFileSync('src/app.css', 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function tokens(selector: string): Map<string, string> {
	const start = css.indexOf(`${selector} {`);
	if (start === -1) throw new Error(`no rule for ${selector} in app.css`);
	const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
	const found = new Map<string, string>();
	for (const [, name, value] of body.matchAll(/--([\w-]+):\s*([^;]+);/g)) {
		found.set(name!, value!.trim());
	}
	return found;
}

/** sRGB channels 0–1 from #rgb or #rrggbb. */
function channels(hex: string): [number, number, number] {
	const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
	if (!match) throw new Error(`${hex} is not a hex colour`);
	const digits =
		match[1]!.length === 3 ? [...match[1]!].map((d) => d + d) : match[1]!.match(/../g)!;
	return digits.map((pair) => parseInt(pair, 16) / 255) as [number, number, number];
}

/** WCAG 2 relative luminance. */
function luminance(hex: string): number {
	const [r, g, b] = channels(hex).map((c) =>
		c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
	);
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio, 1 to 21. */
function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}

const light = tokens(':root');
const palettes = {
	light,
	dark: new Map([...light, ...tokens(":root[data-theme='dark']")]),
	paper: new Map([...light, ...tokens(':root,\n\t:root[data-theme]')])
};

/** Backgrounds text and drawings sit on: the page, cards, wells and the tinted panels. */
const surfaces = ['surface', 'surface-raised', 'surface-sunken'];
const tinted = ['accent-soft', 'ok-soft', 'bad-soft'];
/** Text colours: body, secondary, links and accents, right and wrong feedback. */
const text = ['ink', 'ink-muted', 'accent', 'ok', 'bad'];
/** Strokes, fills and borders that carry meaning (--rule is decoration only and is exempt). */
const graphics = [
	'accent',
	'ok',
	'bad',
	'kind-attack',
	'kind-government',
	'kind-industry',
	'kind-law',
	'kind-abroad',
	'kind-reaction',
	'rule-strong'
];

describe('contrast maths', () => {
	it('matches the WCAG extremes and a known pair', () => {
		expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
		expect(contrast('#777', '#777')).toBe(1);
		// #767676 on white is the well-known lightest grey that passes 4.5:1.
		expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});
});

for (const [name, palette] of Object.entries(palettes)) {
	const colour = (token: string) => {
		const value = palette.get(token);
		if (!value) throw new Error(`--${token} is not set in the ${name} palette`);
		return value;
	};
	const failures = (fronts: string[], backs: string[], minimum: number) =>
		fronts.flatMap((front) =>
			backs
				.map((back) => ({ front, back, ratio: contrast(colour(front), colour(back)) }))
				.filter(({ ratio }) => ratio < minimum)
				.map(({ front, back, ratio }) => `--${front} on --${back}: ${ratio.toFixed(2)}:1`)
		);

	describe(`${name} palette`, () => {
		it('text is at least 4.5:1 on every surface and tinted panel', () => {
			expect(failures(text, [...surfaces, ...tinted], 4.5)).toEqual([]);
		});

		it('button text is at least 4.5:1 on its button', () => {
			// Primary buttons and the skip link; danger buttons write in the page colour.
			expect(failures(['accent-ink'], ['accent'], 4.5)).toEqual([]);
			expect(failures(['surface'], ['bad'], 4.5)).toEqual([]);
		});

		it('lines and shapes that carry meaning are at least 3:1 on every surface', () => {
			expect(failures(graphics, surfaces, 3)).toEqual([]);
		});
	});
}
