// Starts the system Chromium and opens measured pages: a fresh context each time (empty cache),
// the fixed viewport, the CPU throttle, and the probes installed before any page script.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, MIN_SHAPES, VIEWPORT, requireChromium } from './config.js';
import { installProbes } from './probes.js';

export function launch() {
	return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ shapes: string, throttle: number }} options
 */
export async function openPage(browser, { shapes, throttle }) {
	// The atlas's service worker would precache the site in the background of every load; a
	// first visit is measured as a first visit, with the baseline on equal terms.
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
	await page.addInitScript(installProbes, { shapes, minShapes: MIN_SHAPES });
	return {
		page,
		cdp,
		/** @param {number} rate */
		setThrottle: (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate }),
		close: () => context.close()
	};
}

/** JS heap in use after a forced garbage collection. @param {import('@playwright/test').CDPSession} cdp */
export async function heapAfterGc(cdp) {
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize;
}
