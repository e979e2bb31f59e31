// How the click's profiling tools (profile-click, profile-layout, profile-click-why, click-ab)
// ready a page for a first click, as the bench does: opened at the bench's CPU throttle with its
// probes, hydrated, left to settle, the pointer on Brazil (or Brazil's link focused, for Enter),
// then PROBE="js", an experiment, evaluated in the page.
import { openPage } from './browser.js';
import { THROTTLE } from './config.js';

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base the address the target is served from
 * @param {import('./config.js').Target} target
 * @param {{ byKey?: boolean, settleMs?: number }} [options]
 */
export async function readyToClick(browser, base, target, { byKey = false, settleMs = 1000 } = {}) {
	const opened = await openPage(browser, { shapes: target.shapes, throttle: THROTTLE });
	const { page } = opened;
	await page.goto(new URL(target.home, base).href, { waitUntil: 'networkidle' });
	await page.waitForSelector(target.hydrated, { state: 'attached' });
	await page.waitForTimeout(settleMs);
	if (byKey) await page.focus(target.focus);
	else {
		const point = await page.evaluate(
			(s) => /** @type {any} */ (window).__bench.pointOn(s),
			target.brazil
		);
		await page.mouse.move(point.x, point.y);
	}
	if (process.env.PROBE) await page.evaluate(process.env.PROBE);
	await page.waitForTimeout(500);
	return opened;
}

/**
 * Presses Brazil as the bench does (a click, or Enter on its focused link) with the paint probe
 * armed, and returns the probe's result: when the press began and its panel was painted.
 * @param {import('@playwright/test').Page} page
 * @param {import('./config.js').Target} target
 * @param {boolean} byKey
 * @returns {Promise<{ start: number, end: number }>}
 */
export async function pressAndWaitForPanel(page, target, byKey) {
	await page.evaluate(
		([events, condition]) => /** @type {any} */ (window).__bench.arm(events, condition, 5000),
		/** @type {const} */ ([byKey ? ['keydown'] : ['pointerdown'], target.panel])
	);
	if (byKey) await page.keyboard.press('Enter');
	else {
		await page.mouse.down();
		await page.mouse.up();
	}
	return page.evaluate(() => /** @type {any} */ (window).__bench.result());
}
