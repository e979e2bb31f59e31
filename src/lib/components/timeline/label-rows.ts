/**
 * Where the slider's year labels go so that no two collide, at any width: each label, measured
 * in the page, takes the first of a few rows where it clears every label already there by a
 * gap; a label with no such row is left out (its tick stays on the track). The first year and
 * today are placed first, so they always show; then the rest from left to right.
 */

export interface LabelBox {
	/** Where its mark stands, in px from the track's start. */
	x: number;
	/** Its measured width, in px. */
	width: number;
	/** Centred on its mark, or starting at it (the first year, and today past the track's end). */
	align: 'centre' | 'start';
	/** Placed before the others, so it shows whatever the crowding. */
	keep?: boolean;
}

/** A label's extent along the track, in px. */
export function extent(label: LabelBox): [number, number] {
	const from = label.align === 'centre' ? label.x - label.width / 2 : label.x;
	return [from, from + label.width];
}

/**
 * The row of each label, 0 nearest the track, or null where it is left out. Labels in one row
 * keep `gap` px between them; at most `rows` rows are used.
 */
export function labelRows(
	labels: readonly LabelBox[],
	rows: number,
	gap: number
): (number | null)[] {
	const placed: [number, number][][] = Array.from({ length: Math.max(0, rows) }, () => []);
	const result: (number | null)[] = labels.map(() => null);
	const order = labels
		.map((label, index) => ({ label, index }))
		.sort((a, b) => Number(!!b.label.keep) - Number(!!a.label.keep) || a.index - b.index);
	for (const { label, index } of order) {
		const [from, to] = extent(label);
		const row = placed.findIndex((spans) =>
			spans.every(([start, end]) => to + gap <= start || from >= end + gap)
		);
		if (row < 0) continue;
		placed[row]!.push([from, to]);
		result[index] = row;
	}
	return result;
}
