// Where Debian's Chromium is: CHROMIUM_PATH if set, else /usr/bin/chromium.
// Playwright cannot download its own browser on our machines, so every test uses this one.
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Flags for a headless Chromium on a machine with no network but the package registries:
// without the background-networking ones it tries (and fails) to reach Google's services.
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
