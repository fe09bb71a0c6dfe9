import { basePath } from '$lib/paths';
import { parseOrigin } from '$lib/teach/embed-code';

/** Where `npm start` serves the site: a sensible origin for a build nobody configured. */
export const DEFAULT_ORIGIN = 'http://localhost:4173';

/**
 * The site's public origin, for the absolute URLs a static build must contain (oEmbed files and
 * their discovery links, the default embed code). Set SEALED_ORIGIN when building for a real host,
 * e.g. `SEALED_ORIGIN=https://sealed.example npm run build`. A value that is not an origin stops
 * the build, rather than publishing embed codes that point nowhere.
 */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
	const raw = env.SEALED_ORIGIN?.trim() || DEFAULT_ORIGIN;
	const check = parseOrigin(raw);
	if (!check.ok || check.origin === null) {
		throw new Error(
			`SEALED_ORIGIN must be an origin such as https://sealed.example, not "${raw}"` +
				(check.ok ? '' : `: ${check.error}`)
		);
	}
	return check.origin;
}

/**
 * Where the site is published: its origin plus the base path of a BASE_PATH build, e.g.
 * `https://school.example/sealed`; just the origin for a site at the root. No trailing slash.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
	return siteOrigin(env) + basePath();
}
