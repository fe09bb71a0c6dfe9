#!/usr/bin/env node
// Makes sure a Chromium exists for the browser tests. Uses CHROMIUM_PATH or /usr/bin/chromium;
// if neither exists and we are root with apt-get, installs Debian's `chromium` package;
// otherwise says in one line what to install, and fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const has = (command) => {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};

if (existsSync(chromiumPath)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
	console.error(`CHROMIUM_PATH is set to ${chromiumPath}, but no file is there.`);
	process.exit(1);
}

if (process.getuid?.() === 0 && has('apt-get')) {
	console.log('Chromium not found: installing Debian’s chromium package (about a minute)…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
	if (existsSync(chromiumPath)) process.exit(0);
}

console.error(
	'The browser tests need Chromium: install it (Debian/Ubuntu: "sudo apt-get install chromium") or set CHROMIUM_PATH to a Chromium or Chrome binary.'
);
process.exit(1);
