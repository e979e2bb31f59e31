import { describe, expect, it } from 'vitest';
import { readYear, withYear, yearOfAddress } from './year-param';

const years = { first: 1964, last: 2019 };
const read = (search: string) => readYear(new URLSearchParams(search), years);

describe('readYear', () => {
	it.each([
		{ name: 'no year: today', input: '', expected: null },
		{ name: 'a year inside', input: '?year=2010', expected: 2010 },
		{ name: 'the first year', input: '?year=1964', expected: 1964 },
		{ name: 'the last year', input: '?year=2019', expected: 2019 },
		{ name: 'beside other parameters', input: '?tour=gb&year=1974', expected: 1974 }
	])('$name', ({ input, expected }) => {
		expect(read(input)).toEqual({ year: expected, notice: null });
	});

	it.each([
		{ name: 'letters', input: '?year=abc', notice: /^“abc” is not a year, .*today\.$/ },
		{ name: 'empty', input: '?year=', notice: /^“” is not a year/ },
		{ name: 'a decimal', input: '?year=2010.5', notice: /^“2010\.5” is not a year/ },
		{ name: 'negative', input: '?year=-2010', notice: /^“-2010” is not a year/ },
		{ name: 'spaces', input: '?year=%202010', notice: /^“ 2010” is not a year/ },
		{
			name: 'too late',
			input: '?year=99999',
			notice: /^The timeline runs from 1964 to 2019, not 99999/
		},
		{ name: 'too early', input: '?year=1800', notice: /not 1800, so the map shows the latest/ },
		{ name: 'the year after the last', input: '?year=2020', notice: /not 2020/ },
		{ name: 'huge', input: `?year=${'9'.repeat(400)}`, notice: /^“999999999999…” is not a year/ },
		{ name: 'markup', input: '?year=%3Cscript%3E', notice: /^“<script>” is not a year/ },
		{ name: 'repeated', input: '?year=2010&year=2011', notice: /more than one year/ }
	])('falls back to today with a notice: $name', ({ input, notice }) => {
		const choice = read(input);
		expect(choice.year).toBeNull();
		expect(choice.notice).toMatch(notice);
	});
});

describe('withYear', () => {
	const url = (path: string) => new URL(path, 'http://atlas.test');

	it.each([
		{ name: 'adds a year', input: ['/', 2010], expected: '/?year=2010' },
		{
			name: 'replaces the year',
			input: ['/country/br?year=1974', 2010],
			expected: '/country/br?year=2010'
		},
		{ name: 'replaces repeated years', input: ['/?year=1&year=2', 1992], expected: '/?year=1992' },
		{ name: 'today drops it', input: ['/country/br?year=2010', null], expected: '/country/br' },
		{
			name: 'keeps the rest',
			input: ['/?q=a&year=1&x=2#top', 2006],
			expected: '/?q=a&year=2006&x=2#top'
		}
	] as const)('$name', ({ input: [path, year], expected }) => {
		expect(withYear(url(path), year)).toBe(expected);
	});
});

describe('yearOfAddress', () => {
	const url = (search: string) => new URL(`https://atlas.test/country/br${search}`);
	it.each([
		{ name: 'the query alone', search: '?year=2010', state: {}, expected: 2010 },
		{ name: 'no year anywhere: today', search: '', state: {}, expected: null },
		{
			name: 'a year chosen since: it wins',
			search: '?year=2010',
			state: { year: 1990 },
			expected: 1990
		},
		{
			name: 'today chosen since: it wins',
			search: '?year=2010',
			state: { year: null },
			expected: null
		},
		{
			name: 'a panel opened, no year chosen',
			search: '?year=2001',
			state: { selected: 'br' },
			expected: 2001
		}
	])('$name', ({ search, state, expected }) => {
		expect(yearOfAddress(url(search), state, years)).toEqual({ year: expected, notice: null });
	});

	it('says why the query was not used', () => {
		expect(yearOfAddress(url('?year=abc'), {}, years).notice).toMatch(/is not a year/);
	});
});
