// Atlas features measured once they exist (presentation mode, the timeline). Each scenario names
// its route, the marker its HTML must contain, its rows and how to measure them on a loaded
// page; add new ones to SCENARIOS.
import { FRAME_MS, PRESENTATION, TIMELINE, inLanguage } from './config.js';
import { frameStats } from './stats.js';

/**
 * @typedef {import('./metrics.js').Metric} Metric
 * @typedef {{ page: import('@playwright/test').Page, reload: () => Promise<unknown>,
 *   setThrottle: (rate: number) => Promise<unknown> }} ScenarioContext
 * @typedef {{ name: string, path: string, marker: string, metrics: Metric[],
 *   measure: (context: ScenarioContext) => Promise<Record<string, number>> }} Scenario
 */

const RATES = [1, 4];
const TRANSITION_MAX_MS = 5_000;
const PLAYBACK_MAX_MS = 10_000;

/**
 * Records frames from the first of `events` until the page settles.
 * @param {import('@playwright/test').Page} page @param {string[]} events
 * @param {() => Promise<unknown>} action @param {number} maxMs @param {number} quietFrames
 */
async function recordFrames(page, events, action, maxMs, quietFrames) {
	await page.evaluate(
		([types, max, quiet]) => /** @type {any} */ (window).__bench.recordFrames(types, max, quiet),
		/** @type {[string[], number, number]} */ ([events, maxMs, quietFrames])
	);
	await action();
	const { start, end, frames } = await page.evaluate(
		() => /** @type {any} */ (window).__bench.probe
	);
	if (frames.length < 2) throw new Error(`nothing moved after ${events.join('/')}`);
	return { duration: end - start, ...frameStats(frames, FRAME_MS) };
}

/** @param {string} prefix @param {string} title @param {boolean} withDuration @returns {Metric[]} */
function frameMetrics(prefix, title, withDuration) {
	return RATES.flatMap((rate) => [
		...(withDuration
			? [{ id: `${prefix}.${rate}x.duration`, label: `${title} at ${rate}x: duration`, unit: 'ms' }]
			: []),
		{
			id: `${prefix}.${rate}x.frameMedian`,
			label: `${title} at ${rate}x: frame median`,
			unit: 'ms'
		},
		{ id: `${prefix}.${rate}x.frameP95`, label: `${title} at ${rate}x: frame p95`, unit: 'ms' },
		{
			id: `${prefix}.${rate}x.dropped`,
			label: `${title} at ${rate}x: dropped frames`,
			unit: 'percent'
		}
	]).map((metric) => /** @type {Metric} */ ({ ...metric, atlasOnly: true }));
}

/**
 * Runs `run` once per throttle rate, each on a freshly loaded page.
 * @param {string} prefix
 * @param {ScenarioContext} context
 * @param {(rate: number) => Promise<{ duration: number, frameMedian: number | null,
 *   frameP95: number | null, droppedPercent: number | null }>} run
 */
async function atEachRate(prefix, { reload, setThrottle }, run) {
	/** @type {Record<string, number>} */
	const values = {};
	for (const rate of RATES) {
		await reload();
		await setThrottle(rate);
		const result = await run(rate);
		values[`${prefix}.${rate}x.duration`] = result.duration;
		if (result.frameMedian != null) values[`${prefix}.${rate}x.frameMedian`] = result.frameMedian;
		if (result.frameP95 != null) values[`${prefix}.${rate}x.frameP95`] = result.frameP95;
		if (result.droppedPercent != null) values[`${prefix}.${rate}x.dropped`] = result.droppedPercent;
	}
	return values;
}

/** @type {Scenario[]} */
export const SCENARIOS = [
	{
		name: 'presentation',
		path: PRESENTATION.path,
		marker: PRESENTATION.marker,
		metrics: frameMetrics('present', 'presentation stop transition', true),
		measure: (context) =>
			atEachRate('present', context, async () => {
				await context.page.waitForSelector(PRESENTATION.ready, { state: 'attached' });
				await context.page.keyboard.type(PRESENTATION.typed);
				return recordFrames(
					context.page,
					['keydown'],
					() => context.page.keyboard.press(PRESENTATION.nextKey),
					TRANSITION_MAX_MS,
					10
				);
			})
	},
	{
		name: 'timeline',
		path: TIMELINE.path,
		marker: TIMELINE.marker,
		metrics: frameMetrics('timeline', 'timeline playing', false),
		measure: (context) =>
			atEachRate('timeline', context, () =>
				recordFrames(
					context.page,
					['pointerdown'],
					() => context.page.click(TIMELINE.play),
					PLAYBACK_MAX_MS,
					30
				)
			)
	}
];

/**
 * Why each scenario cannot be measured on the atlas at `base`, or null when it can.
 * @param {string | null} base @param {string} lang the language its pages are opened in
 * @returns {Promise<Map<Scenario, string | null>>}
 */
export async function scenarioAvailability(base, lang) {
	const result = new Map();
	for (const scenario of SCENARIOS) {
		if (!base) {
			result.set(scenario, 'no atlas build');
			continue;
		}
		const response = await fetch(new URL(inLanguage(lang, scenario.path), base));
		const html = await response.text();
		result.set(
			scenario,
			response.status === 404 || !html.includes(scenario.marker) ? 'not built yet' : null
		);
	}
	return result;
}
