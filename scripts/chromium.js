// Where the browser tests, the benchmark and the screenshots find Chromium, and how they start it.
// In order: CHROMIUM_PATH, Debian's /usr/bin/chromium (what CI installs), then the browser
// Playwright manages, so `npm install && npm test` works on a laptop with no browser of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];

/**
 * The first browser that exists, or null.
 * @param {(string | undefined)[]} candidates
 * @param {(path: string) => boolean} [exists]
 * @returns {string | null}
 */
export function pickChromium(candidates, exists = existsSync) {
	return candidates.find((path) => path !== undefined && path !== '' && exists(path)) ?? null;
}

/** Playwright's own Chromium for this version of Playwright, whether installed or not. */
function managedChromium() {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/** The Chromium to launch, or null when none is installed. Never installs anything. */
export function findChromium() {
	return pickChromium([process.env.CHROMIUM_PATH, DEBIAN_CHROMIUM, managedChromium()]);
}

/**
 * The Chromium to launch; when there is none, installs Playwright's with its own installer, and
 * when that fails too, stops with one line saying how to install one.
 * @returns {string}
 */
export function requireChromium() {
	const found = findChromium();
	if (found) return found;
	console.log(
		'No Chromium found: installing the one Playwright manages (npx playwright install chromium)'
	);
	spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	const installed = findChromium();
	if (installed) return installed;
	console.error(
		`Chromium not found at ${process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM}: install it with "sudo apt-get install chromium" (Debian/Ubuntu) or set CHROMIUM_PATH.`
	);
	process.exit(1);
}
