// The budgets of issue 12, checked against the aggregated rows: ratios to the baseline measured in
// the same run, or absolute limits where the budget is absolute.

/**
 * @typedef {import('./metrics.js').Row} Row
 * @typedef {{ label: string, id: string, limit: number, ratio: boolean, strict?: boolean,
 *   unit?: string }} Budget
 * @typedef {{ budget: Budget, status: 'PASS' | 'MISS' | 'n/a', value: number | null,
 *   line: string }} Check
 */

/** @type {Budget[]} */
export const BUDGETS = [
	{ label: 'click at most 1.2x the baseline', id: 'click.ms', limit: 1.2, ratio: true },
	{ label: 'Enter at most 1.2x the baseline', id: 'enter.ms', limit: 1.2, ratio: true },
	{ label: 'hover at most 1.2x the baseline', id: 'hover.ms', limit: 1.2, ratio: true },
	{
		label: 'main-thread work of the first click at most 1.2x the baseline',
		id: 'click.workMs',
		limit: 1.2,
		ratio: true
	},
	{
		label: 'no task of the first click over 50 ms (aim)',
		id: 'click.longestTaskMs',
		limit: 50,
		ratio: false,
		unit: ' ms'
	},
	{
		label: 'map painted at most 0.6x the baseline',
		id: 'load.mapPainted',
		limit: 0.6,
		ratio: true
	},
	{
		label: 'home first load (gzip) at most 1.3x the baseline',
		id: 'home.total',
		limit: 1.3,
		ratio: true
	},
	{ label: 'JS heap at most 1.5x the baseline', id: 'heap', limit: 1.5, ratio: true },
	// From the first benchmark issue, still held to.
	{
		label: 'map painted in the same frame as FCP',
		id: 'load.mapAfterFcp',
		limit: 17,
		ratio: false,
		strict: true,
		unit: ' ms'
	},
	{ label: 'home JS (gzip) at most 1.5x the baseline', id: 'home.js', limit: 1.5, ratio: true },
	{
		label: 'presentation drops no frames at 1x',
		id: 'present.1x.dropped',
		limit: 0,
		ratio: false,
		unit: ' %'
	},
	{
		label: 'click needs no network round trip',
		id: 'click.requests',
		limit: 0,
		ratio: false,
		unit: ' requests'
	},
	{
		label: 'presentation drops under 10% at 4x',
		id: 'present.4x.dropped',
		limit: 10,
		ratio: false,
		strict: true,
		unit: ' %'
	}
];

/** @param {Budget} budget @param {number} value */
function describe(budget, value) {
	if (budget.ratio) {
		const over =
			value > budget.limit ? ` (${((value / budget.limit - 1) * 100).toFixed(0)}% over)` : '';
		return `${value.toFixed(2)}× the baseline${over}`;
	}
	const unit = budget.unit ?? '';
	const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
	return `median ${shown}${unit} (limit ${budget.strict ? '<' : '≤'} ${budget.limit}${unit})`;
}

/** @param {Row[]} rows @returns {Check[]} */
export function checkBudgets(rows) {
	return BUDGETS.map((budget) => {
		const row = rows.find((candidate) => candidate.metric.id === budget.id);
		const value = (budget.ratio ? row?.ratio : row?.atlas?.median) ?? null;
		if (value === null) {
			const why = row?.notes.atlas ?? row?.notes.baseline ?? 'not measured';
			return { budget, status: 'n/a', value, line: `n/a   ${budget.label}: ${why}` };
		}
		const ok = budget.strict ? value < budget.limit : value <= budget.limit;
		const status = ok ? 'PASS' : 'MISS';
		return {
			budget,
			status,
			value,
			line: `${status}  ${budget.label}: ${describe(budget, value)}`
		};
	});
}
