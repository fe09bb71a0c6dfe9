import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// app.css states the dark tokens twice (system preference, and a theme forced by an embed's
// ?theme=dark). A token changed or added in one block only would give the two a different look.
const css = readFileSync('src/app.css', 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`, in order. */
function declarations(selector: string): string[] {
	const start = css.indexOf(`${selector} {`);
	if (start === -1) throw new Error(`no rule for ${selector} in app.css`);
	const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
	return body
		.split(';')
		.map((line) => line.trim())
		.filter(Boolean);
}

const names = (list: string[]) => list.map((line) => line.split(':')[0]!.trim()).sort();

describe('theme tokens', () => {
	const preferred = declarations(":root:not([data-theme='light'])");
	const forced = declarations(":root[data-theme='dark']");
	const light = declarations(':root');

	it('the forced dark theme is the same as the preferred dark theme', () => {
		expect(forced).toEqual(preferred);
	});

	it('the dark theme sets dark colour-scheme and overrides only tokens the light theme has', () => {
		expect(preferred).toContain('color-scheme: dark');
		expect(preferred.length).toBeGreaterThan(10);
		for (const name of names(preferred)) expect(names(light)).toContain(name);
	});

	it('the preferred dark theme yields to a page that forces light', () => {
		expect(css).toMatch(
			/@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme='light'\]\) \{/
		);
	});
});
