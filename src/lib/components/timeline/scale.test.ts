import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { milestones } from '$lib/data/timeline';
import { YEARS } from '$lib/data/year-statuses';
import { labelYears, marks, sliderValue, yearOfValue, yearText } from './scale';

const years = { first: 1964, last: 2019 };

describe('the slider scale', () => {
	it.each([
		{ year: 1964, value: 1964 },
		{ year: 2010, value: 2010 },
		{ year: 2019, value: 2019 },
		{ year: null, value: 2020 }
	])('puts $year at $value and back', ({ year, value }) => {
		expect(sliderValue(year, years)).toBe(value);
		expect(yearOfValue(value, years)).toBe(year);
	});

	it.each([
		{ name: 'past the end', value: 2050, expected: null },
		{ name: 'before the start', value: 1800, expected: 1964 },
		{ name: 'between years', value: 2009.6, expected: 2010 },
		{ name: 'not a number', value: Number.NaN, expected: null }
	])('reads a value $name as $expected', ({ value, expected }) => {
		expect(yearOfValue(value, years)).toBe(expected);
	});

	it.each([
		[1974, '1974'],
		[null, 'Today']
	])('says %s as %s', (year, text) => expect(yearText(year)).toBe(text));
});

describe('marks', () => {
	it('marks each milestone, then today at the end', () => {
		expect(marks([1964, 1992, 2019], years)).toEqual([
			{ year: 1964, label: '1964', at: 0, row: 0 },
			{ year: 1992, label: '1992', at: 28 / 56, row: 0 },
			{ year: 2019, label: '2019', at: 55 / 56, row: 0 },
			{ year: null, label: 'Today', at: 1, row: 1 }
		]);
	});

	it.each([
		{ name: 'far apart: one row', input: [1970, 1980, 1990], rows: [0, 0, 0, 0] },
		{ name: 'a year apart: two rows', input: [2000, 2001, 2002], rows: [0, 1, 2, 0] },
		{ name: 'four years apart: one row', input: [1990, 2000, 2004, 2008], rows: [0, 0, 0, 0, 0] },
		{ name: 'the first starts at its mark', input: [1964, 1966], rows: [0, 1, 0] }
	])('puts labels in rows: $name', ({ input, rows }) => {
		expect(marks(input, years).map((m) => m.row)).toEqual(rows);
	});

	it('leaves out a milestone outside the timeline', () => {
		expect(marks([1900, 2000], years).map((m) => m.year)).toEqual([2000, null]);
	});

	it("marks the dataset's milestones, Militant (1964) to the Russian fusion (2019), in three rows", () => {
		const all = marks(milestones(dataset), YEARS);
		expect(all.map((m) => [m.label, m.row])).toEqual([
			['1964', 0],
			['1974', 0],
			['1983', 0],
			['1992', 0],
			['2002', 0],
			['2006', 0],
			['2009', 1],
			['2010', 0],
			['2016', 0],
			['2017', 1],
			['2019', 2],
			['Today', 0]
		]);
		expect(all.map((m) => m.at)).toEqual([...all.map((m) => m.at)].sort((a, b) => a - b));
	});
});

describe('labelYears', () => {
	it.each([
		{ name: 'a projector-wide track: two years', input: [1200, 15], expected: 2.0 },
		{ name: 'a laptop-wide track: three years', input: [800, 14], expected: 2.9 },
		{ name: 'a phone-wide track: seven years', input: [330, 13], expected: 7.0 },
		{ name: 'no track at all: endless', input: [30, 13], expected: Infinity }
	])('$name', ({ input: [trackPx, emPx], expected }) => {
		expect(labelYears(trackPx!, emPx!, years)).toBeCloseTo(expected, 1);
	});

	it('gives a phone-wide track more rows', () => {
		const rows = (width: number) =>
			Math.max(...marks(milestones(dataset), YEARS, width).map((m) => m.row));
		expect(rows(labelYears(330, 13, YEARS))).toBeGreaterThan(rows(labelYears(1200, 15, YEARS)));
	});
});
