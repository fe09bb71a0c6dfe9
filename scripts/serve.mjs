#!/usr/bin/env node
// Serves the prerendered site in build/ exactly as a static host would: files by path,
// `/x` → `x.html`, build/404.html with status 404 for anything else, and the response headers
// in build/_headers (as Netlify and Cloudflare Pages apply them; the file itself is not served),
// and text compressed with gzip for browsers that ask (as every static host does: without it,
// Lighthouse measures a slow phone downloading three times the bytes a reader's would).
// `--base /sealed` serves a `BASE_PATH=/sealed` build at /sealed/, as a host serving it below
// its root would; _headers paths are then read relative to /sealed. No dependencies.
// Usage: node scripts/serve.mjs [--port 4173] [--dir build] [--base /sealed]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from './headers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : args[i + 1];
};
const port = Number(option('port', process.env.PORT ?? 4173));
const root = resolve(option('dir', 'build'));
const base = option('base', '').replace(/\/+$/, '');
if (base && !/^(\/[A-Za-z0-9._~-]+)+$/.test(base)) {
	console.error(`serve: --base must look like /sealed, not "${base}".`);
	process.exit(1);
}
const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

if (!existsSync(join(root, 'index.html'))) {
	console.error(`serve: ${root}/index.html not found. Run "npm run build" first.`);
	process.exit(1);
}

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/** The file a URL path maps to inside root, or null. Never escapes root. */
function fileFor(pathname) {
	let path;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	if (path.includes('\0') || path === '/_headers') return null;
	const candidates = path.endsWith('/')
		? [join(path, 'index.html')]
		: [path, `${path}.html`, join(path, 'index.html')];
	for (const candidate of candidates) {
		const file = normalize(join(root, candidate));
		if (file !== root && !file.startsWith(root + sep)) return null;
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

/** Types worth compressing: text. Images (PNG) and fonts (WOFF2) are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** Gzipped files, made once per file version (path and modification time). */
const gzipped = new Map();

function gzipOf(file) {
	const key = `${file}:${statSync(file).mtimeMs}`;
	let body = gzipped.get(key);
	if (!body) {
		body = gzipSync(readFileSync(file));
		gzipped.set(key, body);
	}
	return body;
}

/** `path`: the address inside the site (without the base), which _headers rules are matched to. */
function send(req, res, status, file, path) {
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	const compressible = COMPRESSIBLE.has(extname(file));
	const gzip = compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	const body = gzip ? gzipOf(file) : null;
	/** @type {Record<string, string | number>} */
	const headers = {
		'Content-Type': type,
		'Content-Length': body ? body.length : statSync(file).size,
		...(body ? { 'Content-Encoding': 'gzip' } : {}),
		...(compressible ? { Vary: 'Accept-Encoding' } : {}),
		// Revalidated on each visit, unless _headers says otherwise (hashed build output).
		'Cache-Control': 'no-cache'
	};
	if (rules.length === 0) {
		headers['X-Content-Type-Options'] = 'nosniff';
		headers['Referrer-Policy'] = 'no-referrer';
	}
	for (const { name, value } of headersFor(rules, path).values()) {
		for (const key of Object.keys(headers)) {
			if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
		}
		headers[name] = value;
	}
	res.writeHead(status, headers);
	if (req.method === 'HEAD') return res.end();
	if (body) return res.end(body);
	createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const { pathname: full } = new URL(req.url ?? '/', 'http://localhost');
	// Below a base, the site's home is /sealed/ (the service worker's scope): /sealed goes there.
	if (base && full === base) {
		res.writeHead(308, { Location: `${base}/` }).end();
		return;
	}
	const inside = !base || full.startsWith(`${base}/`);
	const pathname = inside ? full.slice(base.length) : full;
	// Canonical URLs have no trailing slash (kit's trailingSlash: 'never'), the home page aside.
	if (inside && pathname.length > 1 && pathname.endsWith('/')) {
		res.writeHead(308, { Location: base + (pathname.replace(/\/+$/, '') || '/') }).end();
		return;
	}
	const file = inside ? fileFor(pathname) : null;
	if (file) return send(req, res, 200, file, pathname);
	const notFound = join(root, '404.html');
	if (existsSync(notFound)) return send(req, res, 404, notFound, pathname);
	res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
});

server.listen(port, () => {
	console.log(`Sealed is being served at http://localhost:${port}${base}/ (Ctrl+C to stop)`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));
