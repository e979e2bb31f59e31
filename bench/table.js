// Turns aggregated rows into the printed table (aligned plain text) and a Markdown copy for the
// README, with units chosen per metric.

/** @typedef {import('./metrics.js').Row} Row @typedef {import('./metrics.js').Unit} Unit */

const MAX_NOTE = 40;

/** @param {Unit} unit @param {number} value */
function number(unit, value) {
	switch (unit) {
		case 'bytes':
			return (value / 1000).toFixed(1);
		case 'heap':
			return (value / 1e6).toFixed(2);
		case 'ms':
			return value < 100 ? value.toFixed(1) : value.toFixed(0);
		case 'percent':
			return value.toFixed(1);
		default:
			return Number.isInteger(value) ? String(value) : value.toFixed(1);
	}
}

/** @type {Record<Unit, string>} */
const SUFFIX = { bytes: ' kB', heap: ' MB', ms: ' ms', percent: ' %', count: '' };

/** @param {Unit} unit @param {Row['atlas']} summary @param {string | undefined} note */
function cell(unit, summary, note) {
	if (!summary || summary.median == null) {
		if (!note) return '—';
		const short = note.length > MAX_NOTE ? `${note.slice(0, MAX_NOTE - 1)}…` : note;
		return `n/a (${short})`;
	}
	return `${number(unit, summary.median)}${SUFFIX[unit]} (${number(unit, summary.min)}–${number(unit, summary.max)})`;
}

/** @param {Row[]} rows @returns {string[][]} */
function cells(rows) {
	return [
		['metric', 'atlas median (min–max)', 'baseline median (min–max)', 'ratio'],
		...rows.map((row) => [
			row.metric.label,
			cell(row.metric.unit, row.atlas, row.notes.atlas),
			row.metric.atlasOnly ? '—' : cell(row.metric.unit, row.baseline, row.notes.baseline),
			row.ratio == null ? '—' : `${row.ratio.toFixed(2)}×`
		])
	];
}

/** @param {Row[]} rows */
export function textTable(rows) {
	const table = cells(rows);
	const widths = (table[0] ?? []).map((_, column) =>
		Math.max(...table.map((line) => (line[column] ?? '').length))
	);
	const format = (/** @type {string[]} */ line) =>
		line
			.map((text, column) => text.padEnd(widths[column] ?? 0))
			.join(' | ')
			.trimEnd();
	const [header, ...body] = table;
	return [
		format(header ?? []),
		widths.map((width) => '-'.repeat(width)).join('-+-'),
		...body.map(format)
	].join('\n');
}

/** @param {Row[]} rows */
export function markdownTable(rows) {
	const [header, ...body] = cells(rows);
	const line = (/** @type {string[]} */ texts) => `| ${texts.join(' | ')} |`;
	return [line(header ?? []), line((header ?? []).map(() => '---')), ...body.map(line)].join('\n');
}

/**
 * Every distinct failure message with the rows it hit, for the lines under the table.
 * @param {Row[]} rows
 */
export function notes(rows) {
	/** @type {Map<string, string[]>} */
	const byNote = new Map();
	for (const row of rows) {
		for (const [target, note] of Object.entries(row.notes)) {
			const key = `${target}: ${note}`;
			byNote.set(key, [...(byNote.get(key) ?? []), row.metric.label]);
		}
	}
	return [...byNote].map(([key, labels]) => {
		const shown = labels.slice(0, 3).join('; ');
		return `${key} (${labels.length > 3 ? `${shown} and ${labels.length - 3} more` : shown})`;
	});
}
