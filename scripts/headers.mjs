// Reads a `_headers` file (the format Netlify and Cloudflare Pages share) and tells which headers
// a path gets, so `npm run serve` and the tests send exactly what those hosts would. No
// dependencies. Supported: comments (#), a path per rule with `*` (any characters, slashes
// included) and `:name` (one segment), and indented `Name: value` lines below it.
// Every rule that matches a path applies. A header named by two matching rules is sent once,
// with the values joined by ", ", as Cloudflare Pages does: for Content-Security-Policy that
// makes two policies, both enforced, which is why static/_headers never lets two of its CSP
// rules match the same path.

/**
 * @typedef {{ path: string, pattern: RegExp, headers: [string, string][] }} HeaderRule
 */

/** @param {string} path */
function toPattern(path) {
	const source = path
		.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
		.map((part) => {
			if (part === '*') return '.*';
			if (part.startsWith(':') && part.length > 1) return '[^/]+';
			return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * The rules in a `_headers` file, in order. Throws, naming the line, on anything it does not
 * understand, so a mistake fails the tests rather than a deploy.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	text.split(/\r?\n/).forEach((line, index) => {
		const where = `_headers line ${index + 1}`;
		if (line.trim() === '' || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			const path = line.trim();
			if (!path.startsWith('/'))
				throw new Error(`${where}: a rule's path starts with /: "${path}"`);
			rules.push({ path, pattern: toPattern(path), headers: [] });
			return;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`${where}: a header before any path`);
		const [, name, value] = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line) ?? [];
		if (!name || !value) throw new Error(`${where}: not "Name: value": "${line.trim()}"`);
		rule.headers.push([name, value]);
	});
	return rules;
}

/**
 * The headers `rules` give `path`, by lower-case name.
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Map<string, { name: string, value: string }>}
 */
export function headersFor(rules, path) {
	/** @type {Map<string, { name: string, value: string }>} */
	const headers = new Map();
	for (const rule of rules) {
		if (!rule.pattern.test(path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			const before = headers.get(key);
			headers.set(key, { name, value: before ? `${before.value}, ${value}` : value });
		}
	}
	return headers;
}
