/**
 * The base path of a site hosted below the root (a `BASE_PATH=/sealed` build), or '' at the
 * root: for absolute addresses that `resolve()` does not build, such as the site's own address
 * in embed codes, an iframe's src or the service worker's URL. No trailing slash.
 */
import { resolve } from '$app/paths';

export function basePath(): string {
	return resolve('/').replace(/\/$/, '');
}
