// One round of one target: the home page's first load, paints, heap and interactions, the country
// page's first load, and any built scenarios. A failed measurement becomes an error on its
// metrics, never a crash, so a half-built atlas still yields the rest of the table.
import { heapAfterGc, openPage } from './browser.js';
import { DWELL_MS, LOAD_TIMEOUT_MS, MIN_SHAPES, PAINT_TIMEOUT_MS, inLanguage } from './config.js';
import { recordTransfers } from './network.js';
import { traceTasks } from './trace.js';

/**
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('@playwright/test').Browser} Browser
 * @typedef {import('./config.js').Target} Target
 * @typedef {import('./config.js').Condition} Condition
 * @typedef {import('./metrics.js').Sample & { transfers: Record<string, unknown> }} Sample
 * @typedef {import('./scenarios.js').Scenario} Scenario
 */

const LOAD_IDS = [
	'load.fcp',
	'load.mapPainted',
	'load.mapAfterFcp',
	'load.longTasks',
	'load.longTaskMs'
];
const KINDS = ['html', 'js', 'css', 'other', 'total', 'requests'];

/**
 * Calls a method of the page's `window.__bench` (see probes.js).
 * @param {Page} page @param {string} method @param {...unknown} args @returns {Promise<any>}
 */
function call(page, method, ...args) {
	return page.evaluate(
		([name, values]) => /** @type {any} */ (window).__bench[name](...values),
		/** @type {[string, unknown[]]} */ ([method, args])
	);
}

/**
 * Runs `measure`; if it throws, its message becomes the error of every id it did not fill.
 * @param {Sample} sample @param {string[]} ids @param {() => Promise<Record<string, number>>} measure
 */
async function attempt(sample, ids, measure) {
	try {
		Object.assign(sample.values, await measure());
	} catch (error) {
		const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
		for (const id of ids) if (!(id in sample.values)) sample.errors[id] = message || 'failed';
	}
}

/**
 * Waits for the end of a first load: the target's `ready` element, then a quiet network.
 * @param {Page} page @param {Target} target @param {ReturnType<typeof recordTransfers>} transfers
 */
async function firstLoadOver(page, target, transfers) {
	await page.waitForSelector(target.ready, { state: 'attached', timeout: LOAD_TIMEOUT_MS });
	await transfers.settled();
	// What the page fetches once it is ready (code loaded at idle) is not its first load.
	transfers.only(
		await page.evaluate(() => {
			const at = /** @type {{ __readyAt?: number }} */ (window).__readyAt ?? Infinity;
			return performance
				.getEntriesByType('resource')
				.filter((entry) => entry.startTime <= at)
				.map((entry) => entry.name);
		})
	);
}

/**
 * Notes in the page when `selector` first matches (`window.__readyAt`, on the page's clock).
 * @param {Page} page @param {string} selector
 */
async function watchReady(page, selector) {
	await page.addInitScript((ready) => {
		const observer = new MutationObserver(() => {
			if (!document.querySelector(ready)) return;
			/** @type {{ __readyAt?: number }} */ (window).__readyAt = performance.now();
			observer.disconnect();
		});
		observer.observe(document, { subtree: true, childList: true, attributes: true });
	}, selector);
}

/**
 * Waits until the page answers every interaction: the heap and the interactions are measured
 * on the whole app, never on the first load's script alone.
 * @param {Page} page @param {Target} target
 */
async function hydrated(page, target) {
	await page.waitForSelector(target.hydrated, { state: 'attached', timeout: LOAD_TIMEOUT_MS });
}

/** @param {Page} page @param {string} url */
async function load(page, url) {
	const response = await page.goto(url, { waitUntil: 'networkidle', timeout: LOAD_TIMEOUT_MS });
	if (!response?.ok()) {
		throw new Error(`${new URL(url).pathname} answered ${response?.status() ?? 'nothing'}`);
	}
}

/** @param {Page} page @param {Target} target */
async function mapPainted(page, target) {
	try {
		await page.waitForFunction(
			() => /** @type {any} */ (window).__bench.mapPainted !== null,
			null,
			{
				timeout: PAINT_TIMEOUT_MS
			}
		);
	} catch {
		const found = await call(page, 'shapes');
		throw new Error(`map not painted: ${found} × ${target.shapes}, need ${MIN_SHAPES}`);
	}
}

/**
 * Arms an in-page probe, performs `action`, and returns when the condition's frame is painted.
 * @param {Page} page @param {string[]} events @param {Condition} condition
 * @param {() => Promise<unknown>} action
 * @returns {Promise<{ start: number, end: number, requests: number }>}
 */
async function interact(page, events, condition, action) {
	if (await call(page, 'ready', condition)) {
		throw new Error(`${condition.selector} already shown before the interaction`);
	}
	await call(page, 'arm', events, condition, PAINT_TIMEOUT_MS);
	await action();
	const result = await call(page, 'result');
	if ('error' in result) throw new Error(result.error);
	return result;
}

/** @param {Page} page */
async function restPointer(page) {
	const rest = await call(page, 'restingPoint');
	await page.mouse.move(rest.x, rest.y);
	await call(page, 'frames', 2);
}

/**
 * A viewport point on Brazil's shape. @param {Page} page @param {Target} target
 * @returns {Promise<{ x: number, y: number }>}
 */
async function pointOnBrazil(page, target) {
	const point = await call(page, 'pointOn', target.brazil);
	if (!point) throw new Error(`no ${target.brazil} on screen to point at`);
	return point;
}

/** @param {Page} page @param {Target} target */
async function hover(page, target) {
	const point = await pointOnBrazil(page, target);
	await restPointer(page);
	const { start, end } = await interact(page, ['pointerover', 'pointermove'], target.tooltip, () =>
		page.mouse.move(point.x, point.y)
	);
	await page.waitForTimeout(DWELL_MS);
	const longTaskMs = await call(page, 'longTaskTime', start, start + DWELL_MS);
	return { 'hover.ms': end - start, 'hover.longTaskMs': longTaskMs };
}

/**
 * Presses and releases the button on Brazil, where `hover` normally left the pointer resting. The
 * press is as short as the driver can make it: a person's adds ~100 ms to both targets alike.
 * The first click after load is traced: the main-thread work it costs, and its longest task.
 * @param {Page} page @param {import('@playwright/test').CDPSession} cdp @param {Target} target
 */
async function click(page, cdp, target) {
	const point = await pointOnBrazil(page, target);
	await page.mouse.move(point.x, point.y);
	/** @type {{ start: number, end: number, requests: number } | undefined} */
	let painted;
	const work = await traceTasks(
		cdp,
		async () => {
			painted = await interact(page, ['pointerdown'], target.panel, async () => {
				await page.mouse.down();
				await page.mouse.up();
			});
		},
		DWELL_MS
	);
	const { start, end, requests } = /** @type {NonNullable<typeof painted>} */ (painted);
	return {
		'click.ms': end - start,
		'click.requests': requests,
		'click.workMs': work.totalMs,
		'click.longestTaskMs': work.longestMs
	};
}

/**
 * Reloads the page, focuses Brazil and presses Enter.
 * @param {Page} page @param {Target} target @param {string} url
 */
async function enter(page, target, url) {
	await restPointer(page);
	await load(page, url);
	await mapPainted(page, target);
	await hydrated(page, target);
	await page.focus(target.focus, { timeout: PAINT_TIMEOUT_MS });
	await page.waitForTimeout(DWELL_MS);
	const { start, end } = await interact(page, ['keydown'], target.panel, () =>
		page.keyboard.press('Enter')
	);
	return { 'enter.ms': end - start };
}

/**
 * @param {Browser} browser @param {Target} target @param {string} base @param {number} throttle
 * @param {Sample} sample
 */
async function measureHome(browser, target, base, throttle, sample) {
	const url = new URL(target.home, base).href;
	const session = await openPage(browser, { shapes: target.shapes, throttle });
	const { page } = session;
	try {
		await watchReady(page, target.ready);
		const transfers = recordTransfers(page);
		await attempt(
			sample,
			KINDS.map((kind) => `home.${kind}`),
			async () => {
				await load(page, url);
				await firstLoadOver(page, target, transfers);
				const summary = await transfers.summary();
				sample.transfers.home = summary.transfers;
				return Object.fromEntries(KINDS.map((kind) => [`home.${kind}`, summary.totals[kind] ?? 0]));
			}
		);
		if (!('home.total' in sample.values)) {
			for (const id of [...LOAD_IDS, 'heap', 'hover.ms', 'click.ms', 'enter.ms']) {
				sample.errors[id] = sample.errors['home.total'] ?? 'not loaded';
			}
			return;
		}
		await attempt(sample, LOAD_IDS, async () => {
			await mapPainted(page, target);
			const { fcp, mapPainted: painted, longTasks, longTaskMs } = await call(page, 'timing');
			if (fcp === null) throw new Error('no first-contentful-paint entry');
			// Nothing is on screen before the first paint: a map already laid out in an earlier
			// frame (Chromium defers the first frames of a loading page) shows up at FCP.
			const onScreen = Math.max(painted, fcp);
			return {
				'load.fcp': fcp,
				'load.mapFrame': painted,
				'load.mapPainted': onScreen,
				'load.mapAfterFcp': onScreen - fcp,
				'load.longTasks': longTasks,
				'load.longTaskMs': longTaskMs
			};
		});
		try {
			// Then the network is quiet again, as it was when the first load ended at hydration:
			// what the app loads once it has started (its code fetched at idle) is not in the way.
			await hydrated(page, target);
			await transfers.settled();
		} catch {
			for (const id of ['heap', 'hover.ms', 'click.ms', 'enter.ms']) {
				sample.errors[id] = `not hydrated: no ${target.hydrated}`;
			}
			return;
		}
		await attempt(sample, ['heap'], async () => ({ heap: await heapAfterGc(session.cdp) }));
		await attempt(sample, ['hover.ms', 'hover.longTaskMs'], () => hover(page, target));
		await attempt(
			sample,
			['click.ms', 'click.requests', 'click.workMs', 'click.longestTaskMs'],
			() => click(page, session.cdp, target)
		);
		await attempt(sample, ['enter.ms'], () => enter(page, target, url));
	} finally {
		await session.close();
	}
}

/**
 * @param {Browser} browser @param {Target} target @param {string} base @param {number} throttle
 * @param {Sample} sample
 */
async function measureCountry(browser, target, base, throttle, sample) {
	const session = await openPage(browser, { shapes: target.shapes, throttle });
	try {
		await watchReady(session.page, target.ready);
		const transfers = recordTransfers(session.page);
		await attempt(
			sample,
			KINDS.map((kind) => `country.${kind}`),
			async () => {
				await load(session.page, new URL(target.country, base).href);
				await firstLoadOver(session.page, target, transfers);
				const summary = await transfers.summary();
				sample.transfers.country = summary.transfers;
				return Object.fromEntries(
					KINDS.map((kind) => [`country.${kind}`, summary.totals[kind] ?? 0])
				);
			}
		);
	} finally {
		await session.close();
	}
}

/**
 * @param {Browser} browser @param {Target} target @param {string} base @param {number} throttle
 * @param {Scenario} scenario @param {Sample} sample
 */
async function measureScenario(browser, target, base, throttle, scenario, sample) {
	const session = await openPage(browser, { shapes: target.shapes, throttle });
	const url = new URL(inLanguage(target.lang, scenario.path), base).href;
	try {
		await attempt(
			sample,
			scenario.metrics.map((metric) => metric.id),
			() =>
				scenario.measure({
					page: session.page,
					reload: () => load(session.page, url),
					setThrottle: session.setThrottle
				})
		);
	} finally {
		await session.close();
	}
}

/**
 * Measures `target` served at `base` once, in fresh browser contexts.
 * @param {Browser} browser @param {Target} target @param {string} base
 * @param {{ throttle: number, scenarios: Scenario[] }} options
 * @returns {Promise<Sample>}
 */
export async function measureTarget(browser, target, base, { throttle, scenarios }) {
	/** @type {Sample} */
	const sample = { values: {}, errors: {}, transfers: {} };
	await measureHome(browser, target, base, throttle, sample);
	await measureCountry(browser, target, base, throttle, sample);
	for (const scenario of scenarios) {
		await measureScenario(browser, target, base, throttle, scenario, sample);
	}
	return sample;
}
