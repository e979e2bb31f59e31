// Where the browser tests, the benchmark and the screenshots find Chromium, and how they start it.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];

/** Stops with one line saying how to install Chromium when it is missing. */
export function requireChromium() {
	if (!existsSync(CHROMIUM_PATH)) {
		console.error(
			`Chromium not found at ${CHROMIUM_PATH}: install it with "sudo apt-get install chromium" (Debian/Ubuntu) or set CHROMIUM_PATH.`
		);
		process.exit(1);
	}
}
