#!/usr/bin/env node
// Serves the prerendered site in build/ exactly as a static host would: files by path,
// `/x` → `x.html`, and build/404.html with status 404 for anything else. No dependencies.
// Usage: node scripts/serve.mjs [--port 4173] [--dir build]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

function send(res, status, file, method) {
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	// Hashed build output never changes; everything else is revalidated on each visit.
	const immutable = file.includes(`${sep}_app${sep}immutable${sep}`);
	res.writeHead(status, {
		'Content-Type': type,
		'Content-Length': statSync(file).size,
		'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer'
	});
	if (method === 'HEAD') return res.end();
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
	if (file) return send(res, 200, file, req.method);
	const notFound = join(root, '404.html');
	if (existsSync(notFound)) return send(res, 404, notFound, req.method);
	res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
});

server.listen(port, () => {
	console.log(`Sealed is being served at http://localhost:${port} (Ctrl+C to stop)`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));
