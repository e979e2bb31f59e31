// The table's rows: which figures the bench reports, in what unit, and how the per-round samples
// of both targets become one row of medians, ranges and a ratio.
import { summarise } from './stats.js';

/**
 * @typedef {'bytes' | 'ms' | 'count' | 'heap' | 'percent'} Unit
 * @typedef {{ id: string, label: string, unit: Unit, ratio?: boolean, atlasOnly?: boolean }} Metric
 * @typedef {{ values: Record<string, number>, errors: Record<string, string> }} Sample
 * @typedef {{ median: number | null, min: number, max: number } | null} Summary
 * @typedef {{ metric: Metric, atlas: Summary, baseline: Summary, ratio: number | null,
 *   notes: { atlas?: string, baseline?: string } }} Row
 */

/** @param {'home' | 'country'} page @param {string} title @returns {Metric[]} */
function firstLoad(page, title) {
	return [
		{ id: `${page}.html`, label: `${title}: HTML (gzip)`, unit: 'bytes' },
		{ id: `${page}.js`, label: `${title}: JS (gzip)`, unit: 'bytes' },
		{ id: `${page}.css`, label: `${title}: CSS (gzip)`, unit: 'bytes' },
		{ id: `${page}.other`, label: `${title}: other (gzip)`, unit: 'bytes' },
		{ id: `${page}.total`, label: `${title}: total (gzip)`, unit: 'bytes' },
		{ id: `${page}.requests`, label: `${title}: requests`, unit: 'count' }
	];
}

/** @type {Metric[]} */
export const METRICS = [
	...firstLoad('home', 'home first load'),
	...firstLoad('country', 'country page first load'),
	{ id: 'load.fcp', label: 'first contentful paint', unit: 'ms' },
	{ id: 'load.mapPainted', label: 'map painted', unit: 'ms' },
	{ id: 'load.mapAfterFcp', label: 'map painted minus FCP', unit: 'ms', ratio: false },
	{ id: 'load.longTasks', label: 'long tasks during load', unit: 'count' },
	{ id: 'load.longTaskMs', label: 'long tasks during load, total', unit: 'ms' },
	{ id: 'heap', label: 'JS heap after load and GC', unit: 'heap' },
	{ id: 'hover.ms', label: 'hover to tooltip painted', unit: 'ms' },
	{ id: 'hover.longTaskMs', label: 'long tasks in 1 s after hover', unit: 'ms' },
	{ id: 'click.ms', label: 'click to panel painted', unit: 'ms' },
	{ id: 'click.requests', label: 'requests during click', unit: 'count' },
	{ id: 'click.workMs', label: 'main-thread work of the first click', unit: 'ms' },
	{ id: 'click.longestTaskMs', label: 'longest task of the first click', unit: 'ms' },
	{ id: 'enter.ms', label: 'Enter to panel painted', unit: 'ms' }
];

/** @param {Sample[]} samples @param {string} id */
function collect(samples, id) {
	const values = samples.map((sample) => sample.values[id]).filter((v) => typeof v === 'number');
	const errors = [...new Set(samples.map((sample) => sample.errors[id]).filter(Boolean))];
	return { summary: summarise(values), error: errors.join('; ') || undefined };
}

/**
 * @param {Metric[]} metrics
 * @param {{ atlas: Sample[], baseline: Sample[] }} samples
 * @param {Record<string, string>} unavailable notes for metrics that could not be measured at all
 * @returns {Row[]}
 */
export function aggregate(metrics, samples, unavailable = {}) {
	return metrics.map((metric) => {
		const atlas = collect(samples.atlas, metric.id);
		const baseline = metric.atlasOnly
			? { summary: null, error: undefined }
			: collect(samples.baseline, metric.id);
		const a = atlas.summary?.median;
		const b = baseline.summary?.median;
		const ratio = metric.ratio !== false && a != null && b ? a / b : null;
		const atlasNote = unavailable[metric.id] ?? atlas.error;
		return {
			metric,
			atlas: atlas.summary,
			baseline: baseline.summary,
			ratio,
			notes: {
				...(atlasNote ? { atlas: atlasNote } : {}),
				...(baseline.error ? { baseline: baseline.error } : {})
			}
		};
	});
}
