// Order statistics for the per-round samples and frame-time series.

/** @param {number[]} values @param {number} q quantile in [0, 1], nearest rank */
export function quantile(values, q) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
	return sorted[rank] ?? null;
}

/** Median with the mean of the two middle values for even counts. @param {number[]} values */
export function median(values) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? null)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** @param {number[]} values */
export function summarise(values) {
	if (values.length === 0) return null;
	return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Frame intervals and dropped frames from a list of frame timestamps.
 * @param {number[]} frames @param {number} frameMs the display's frame interval
 */
export function frameStats(frames, frameMs) {
	const deltas = frames.slice(1).map((time, index) => time - (frames[index] ?? time));
	const dropped = deltas.reduce(
		(sum, delta) => sum + Math.max(0, Math.round(delta / frameMs) - 1),
		0
	);
	return {
		frameMedian: median(deltas),
		frameP95: quantile(deltas, 0.95),
		droppedPercent: deltas.length ? (100 * dropped) / (deltas.length + dropped) : null
	};
}
