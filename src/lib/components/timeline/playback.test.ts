import { describe, expect, it } from 'vitest';
import { nextYear, playStart, restMs } from './playback';

const years = { first: 1964, last: 2019 };

describe('playback', () => {
	it.each([
		{ name: 'today: from the start', year: null, expected: 1964 },
		{ name: 'the last year: from the start', year: 2019, expected: 1964 },
		{ name: 'a year: the next one', year: 1974, expected: 1975 },
		{ name: 'the first year: the second', year: 1964, expected: 1965 }
	])('starts from $name', ({ year, expected }) => {
		expect(playStart(year, years)).toBe(expected);
	});

	it.each([
		{ year: 1964, expected: 1965 },
		{ year: 2018, expected: 2019 },
		{ year: 2019, expected: null }
	])('steps from $year to $expected', ({ year, expected }) => {
		expect(nextYear(year, years)).toBe(expected);
	});

	it.each([
		{ name: 'a year with events', year: 2010, expected: 2000 },
		{ name: 'a quiet year', year: 2011, expected: 1000 }
	])('rests on $name for $expected ms', ({ year, expected }) => {
		expect(restMs(year, new Set([1964, 2010]))).toBe(expected);
	});
});
