import { describe, expect, it } from 'vitest';
import { extent, labelRows, type LabelBox } from './label-rows';

/** A four-digit label 30 px wide, centred on its mark at x. */
const year = (x: number): LabelBox => ({ x, width: 30, align: 'centre' });
/** The first year's label, starting at its mark and kept. */
const first = (x: number): LabelBox => ({ x, width: 30, align: 'start', keep: true });
/** Today's label, 40 px wide, starting at its mark past the track's end, and kept. */
const today = (x: number): LabelBox => ({ x, width: 40, align: 'start', keep: true });

describe('extent', () => {
	it.each([
		{ name: 'a centred label', label: year(100), expected: [85, 115] },
		{ name: 'a label starting at its mark', label: first(12), expected: [12, 42] }
	])('$name', ({ label, expected }) => expect(extent(label)).toEqual(expected));
});

describe('labelRows', () => {
	it.each([
		{
			name: 'far apart: one row',
			labels: [first(0), year(100), year(200), today(300)],
			rows: 2,
			expected: [0, 0, 0, 0]
		},
		{
			name: 'a neighbour too close goes to the second row',
			labels: [first(0), year(100), year(120), year(200), today(300)],
			rows: 2,
			expected: [0, 0, 1, 0, 0]
		},
		{
			name: 'three crowded labels: the third is left out',
			labels: [first(0), year(100), year(110), year(120), today(300)],
			rows: 2,
			expected: [0, 0, 1, null, 0]
		},
		{
			name: 'three rows take the third',
			labels: [first(0), year(100), year(110), year(120), today(300)],
			rows: 3,
			expected: [0, 0, 1, 2, 0]
		},
		{
			name: 'the first year starts at its mark, so a label 25 px on clears it only in row 1',
			labels: [first(0), year(25), today(300)],
			rows: 2,
			expected: [0, 1, 0]
		},
		{
			name: 'today is placed before the last year, which gives way',
			labels: [first(0), year(285), today(300)],
			rows: 1,
			expected: [0, null, 0]
		},
		{
			name: 'labels that only touch keep the gap: the second moves down',
			labels: [first(0), year(100), year(134), today(300)],
			rows: 2,
			expected: [0, 0, 1, 0]
		},
		{
			name: 'a gap apart: one row',
			labels: [first(0), year(100), year(136), today(300)],
			rows: 2,
			expected: [0, 0, 0, 0]
		},
		{
			name: 'no rows: nothing shows',
			labels: [first(0), today(300)],
			rows: 0,
			expected: [null, null]
		},
		{ name: 'no labels', labels: [], rows: 2, expected: [] }
	])('$name', ({ labels, rows, expected }) => {
		expect(labelRows(labels, rows, 6)).toEqual(expected);
	});

	it('never leaves two labels of one row overlapping, however crowded', () => {
		const labels = [first(0), ...Array.from({ length: 40 }, (_, i) => year(5 + i * 7)), today(290)];
		const rows = labelRows(labels, 2, 6);
		for (let a = 0; a < labels.length; a++)
			for (let b = a + 1; b < labels.length; b++) {
				if (rows[a] === null || rows[a] !== rows[b]) continue;
				const [fromA, toA] = extent(labels[a]!);
				const [fromB, toB] = extent(labels[b]!);
				expect(toA + 6 <= fromB || toB + 6 <= fromA, `${a} and ${b}`).toBe(true);
			}
		expect(rows[0]).toBe(0);
		expect(rows.at(-1)).toBe(0);
	});
});
