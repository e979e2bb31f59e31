import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { milestones } from '$lib/data/timeline';
import { YEARS } from '$lib/data/year-statuses';
import { marks, sliderValue, yearOfValue, yearText } from './scale';

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
			{ year: 1964, label: '1964', at: 0 },
			{ year: 1992, label: '1992', at: 28 / 56 },
			{ year: 2019, label: '2019', at: 55 / 56 },
			{ year: null, label: 'Today', at: 1 }
		]);
	});

	it('leaves out a milestone outside the timeline', () => {
		expect(marks([1900, 2000], years).map((m) => m.year)).toEqual([2000, null]);
	});

	it("marks the dataset's milestones, Militant (1964) to the Russian fusion (2019), in order", () => {
		const all = marks(milestones(dataset), YEARS);
		expect(all.map((m) => m.label)).toEqual([
			'1964',
			'1974',
			'1983',
			'1992',
			'2002',
			'2006',
			'2009',
			'2010',
			'2016',
			'2017',
			'2019',
			'Today'
		]);
		expect(all.map((m) => m.at)).toEqual([...all.map((m) => m.at)].sort((a, b) => a - b));
	});
});
