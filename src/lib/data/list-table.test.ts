import { describe, expect, it } from 'vitest';
import { LIST_DEFAULT, type ListView } from '../state/list-param';
import { countries, countryByIso } from './dataset';
import { arrange, firstDated, listRows } from './list-table';
import type { Country } from './schema';
import { yearStatuses, yearTactics } from './year-statuses';

const today = listRows(countries, null, null);
const codes = (view: Partial<ListView>, rows = today, locale = 'en') =>
	arrange(rows, { ...LIST_DEFAULT, ...view }, locale).map((r) => r.country.iso2);

describe('firstDated', () => {
	it.each([
		{ iso2: 'gb', expected: '1964' },
		{ iso2: 've', expected: 'end 2002' },
		// A year alone sorts before a day in it: Russia's first dated event is its 2019.
		{ iso2: 'ru', expected: '2019' },
		{ iso2: 'ca', expected: null }
	])('$iso2: $expected', ({ iso2, expected }) => {
		expect(firstDated(countryByIso(iso2)!)).toBe(expected);
	});
});

describe('arrange', () => {
	it.each([
		{ name: 'by name, A to Z', view: {}, head: ['ar', 'bo', 'br', 'ca'] },
		{ name: 'by name, Z to A', view: { order: 'desc' }, head: ['ve', 'us', 'gb', 'se'] },
		{
			// Ireland and Sweden are both first dated in 1974: the tie goes by name.
			name: 'by first dated event, earliest first',
			view: { sort: 'first' },
			head: ['gb', 'ie', 'se', 've', 'fr']
		},
		{
			name: 'by first dated event, latest first',
			view: { sort: 'first', order: 'desc' },
			head: ['ru', 'it', 'br', 'gr']
		},
		{ name: 'by status, sections first', view: { sort: 'status' }, head: ['br', 'ca', 'fr'] },
		{
			name: 'by status, descending: forerunners first',
			view: { sort: 'status', order: 'desc' },
			head: ['ie']
		},
		{
			name: 'by tactic: entryism in a communist party leads today, then populist, then inside',
			view: { sort: 'tactic' },
			head: ['it', 'pk', 'fr']
		}
	] as { name: string; view: Partial<ListView>; head: string[] }[])('$name', ({ view, head }) => {
		const order = codes(view);
		expect(order.slice(0, head.length)).toEqual(head);
		expect([...order].sort()).toEqual(countries.map((c) => c.iso2).sort());
	});

	it.each(['asc', 'desc'] as const)('puts the undated last, %s', (order) => {
		const rows = arrange(today, { ...LIST_DEFAULT, sort: 'first', order }, 'en');
		const firstUndated = rows.findIndex((r) => r.first === null);
		expect(firstUndated).toBeGreaterThan(0);
		expect(rows.slice(firstUndated).every((r) => r.first === null)).toBe(true);
		// Undated rows keep A to Z among themselves.
		expect(rows.slice(firstUndated).map((r) => r.country.iso2)).toEqual([
			'ar',
			'bo',
			'ca',
			'sv',
			'nl',
			'pe',
			'pl',
			'us'
		]);
	});

	it('sorts names in the page language: Spanish puts Ñ after N', () => {
		const named = (name: string, iso2: string) =>
			({ ...countryByIso('nl')!, name, iso2 }) as Country;
		const rows = listRows(
			[named('Ñandutí', 'xa'), named('Nueva', 'xb'), named('Oeste', 'xc')],
			null,
			null
		);
		expect(codes({}, rows, 'es')).toEqual(['xb', 'xa', 'xc']);
		expect(codes({}, rows, 'en')).toEqual(['xa', 'xb', 'xc']);
	});

	it.each([
		{
			name: 'a status today',
			filter: { by: 'status', key: 'predecessor' },
			year: null,
			expected: ['ie']
		},
		{
			name: 'a tactic today',
			filter: { by: 'tactic', key: 'inside-party' },
			year: null,
			expected: ['fr', 'gr', 'mx']
		},
		{
			name: 'no presence in 1974: Brazil among them, Britain not',
			filter: { by: 'status', key: 'none' },
			year: 1974,
			includes: 'br',
			excludes: 'gb'
		},
		{
			// The source dates Militant's entryism only by its end, the split of 1992.
			name: "Militant's labour entryism in 1992",
			filter: { by: 'tactic', key: 'entryism-labour' },
			year: 1992,
			expected: ['gb']
		}
	] as const)('filters $name', ({ filter, year, ...want }) => {
		const rows = year === null ? today : listRows(countries, yearStatuses(year), yearTactics(year));
		const shown = codes({ filter }, rows);
		if ('expected' in want) expect(shown).toEqual(want.expected);
		if ('includes' in want) expect(shown).toContain(want.includes);
		if ('excludes' in want) expect(shown).not.toContain(want.excludes);
	});
});
