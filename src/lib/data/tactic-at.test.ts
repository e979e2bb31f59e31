import { describe, expect, it } from 'vitest';
import { countryByIso } from './dataset';
import type { Tactic } from './schema';
import { tacticAt, tacticLine, tacticYears } from './tactic-at';
import { YEARS } from './year-statuses';

const YEAR_SPAN = { first: 1964, last: 2019 };
const tactic = (over: Partial<Tactic>): Tactic =>
	({
		id: 't',
		type: 'entryism',
		party: { name: 'Labour', kind: 'labour' },
		from: null,
		to: null,
		summary: '',
		cite: {},
		...over
	}) as Tactic;

describe('tacticYears', () => {
	it.each([
		{
			name: 'dated both ends',
			t: { from: '1970', to: '1992' },
			expected: { first: 1970, last: 1992 }
		},
		{
			name: 'dated start, still current',
			t: { from: '2019' },
			expected: { first: 2019, last: 2019 }
		},
		{
			name: 'dated start, current from earlier',
			t: { from: '2001' },
			expected: { first: 2001, last: 2019 }
		},
		{
			name: 'dated start, ended on no date',
			t: { from: '2001', ended: 'It ended.' },
			expected: { first: 2001, last: 2001 }
		},
		{
			name: 'only its end dated: known from that year',
			t: { to: 'early 1992' },
			expected: { first: 1992, last: 1992, knownFrom: 1992 }
		},
		{
			name: 'not dated, still current: the last year only',
			t: {},
			expected: { first: 2019, last: 2019, undated: true }
		},
		{ name: 'not dated and ended: at no year', t: { ended: 'It ended.' }, expected: null }
	])('$name', ({ t, expected }) => {
		const years = tacticYears(tactic(t), YEAR_SPAN);
		expect(years === null ? null : { ...years, category: undefined }).toEqual(
			expected === null ? null : { ...expected, category: undefined }
		);
	});
});

describe('tacticAt on the real dataset', () => {
	it.each([
		{ iso2: 'gb', year: 1992, expected: { category: 'entryism-labour', knownFrom: 1992 } },
		{ iso2: 'gb', year: 1985, expected: { category: 'none' } },
		{ iso2: 'gb', year: 2019, expected: { category: 'campaign', undated: true } },
		{ iso2: 'ru', year: 2019, expected: { category: 'campaign' } },
		{ iso2: 'ru', year: 2010, expected: { category: 'none' } },
		{ iso2: 'br', year: 2015, expected: { category: 'inside-party', knownFrom: 2015 } },
		{ iso2: 've', year: 2002, expected: { category: 'campaign' } },
		{ iso2: 've', year: 2001, expected: { category: 'none' } },
		{ iso2: 'fr', year: 2019, expected: { category: 'inside-party', undated: true } },
		{ iso2: 'gb', year: 1963, expected: { category: 'none' } },
		{ iso2: 'gb', year: 2020, expected: { category: 'none' } }
	])('$iso2 in $year', ({ iso2, year, expected }) => {
		expect(tacticAt(countryByIso(iso2)!, year, YEARS)).toEqual(expected);
	});

	it.each([
		{
			at: { category: 'entryism-labour', knownFrom: 1992 } as const,
			year: 1992,
			expected: 'Entryism: labour party in 1992 · known from 1992'
		},
		{
			at: { category: 'campaign', undated: true } as const,
			year: 2019,
			expected: 'Campaigns and alliances in 2019 · undated in the source'
		},
		{ at: { category: 'none' } as const, year: 1990, expected: 'No tactic described in 1990' }
	])('reads "$expected"', ({ at, year, expected }) => {
		expect(tacticLine(at, year)).toBe(expected);
	});
});
