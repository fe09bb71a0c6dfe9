#!/usr/bin/env node
// Serves the prerendered site in build/ exactly as a static host would: files by path,
// `/x` → `x.html`, build/404.html with status 404 for anything else, and text compressed with
// gzip for browsers that ask (as every static host does: without it, Lighthouse measures a slow
// phone downloading three times the bytes a reader's would). No dependencies.
// Usage: node scripts/serve.mjs [--port 4173] [--dir build]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : args[i + 1];
};
const port = Number(option('port', process.env.PORT ?? 4173));
const root = resolve(option('dir', 'build'));

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
	if (path.includes('\0')) return null;
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

function send(req, res, status, file) {
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	// Hashed build output never changes; everything else is revalidated on each visit.
	const immutable = file.includes(`${sep}_app${sep}immutable${sep}`);
	const compressible = COMPRESSIBLE.has(extname(file));
	const gzip = compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	const body = gzip ? gzipOf(file) : null;
	res.writeHead(status, {
		'Content-Type': type,
		'Content-Length': body ? body.length : statSync(file).size,
		...(body ? { 'Content-Encoding': 'gzip' } : {}),
		...(compressible ? { Vary: 'Accept-Encoding' } : {}),
		'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer'
	});
	if (req.method === 'HEAD') return res.end();
	if (body) return res.end(body);
	createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const { pathname } = new URL(req.url ?? '/', 'http://localhost');
	// Canonical URLs have no trailing slash (kit's trailingSlash: 'never').
	if (pathname.length > 1 && pathname.endsWith('/')) {
		res.writeHead(308, { Location: pathname.replace(/\/+$/, '') || '/' }).end();
		return;
	}
	const file = fileFor(pathname);
	if (file) return send(req, res, 200, file);
	const notFound = join(root, '404.html');
	if (existsSync(notFound)) return send(req, res, 404, notFound);
	res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
});

server.listen(port, () => {
	console.log(`Sealed is being served at http://localhost:${port} (Ctrl+C to stop)`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));
