import { describe, expect, it } from 'vitest';
import { countries, countryByIso } from '$lib/data/dataset';
import type { Country } from '$lib/data/schema';
import { STATUSES } from '$lib/data/status';
import { TACTIC_CATEGORIES } from '$lib/data/tactics';
import { yearStatuses } from '$lib/data/year-statuses';
import { knownEntry, legendFor, legendRow } from './legend';
import { yearTactics } from '$lib/data/year-statuses';

const pick = (...codes: string[]): Country[] => codes.map((code) => countryByIso(code)!);
const counts = (entries: ReturnType<typeof legendFor>) =>
	Object.fromEntries(entries.map((e) => [e.key, e.count]));

describe('legendFor', () => {
	it.each([
		{ name: 'status', input: 'status' as const, keys: STATUSES },
		{ name: 'tactic', input: 'tactic' as const, keys: TACTIC_CATEGORIES }
	])(
		'lists every $name class once, in the fixed order, with a label and description',
		({ input, keys }) => {
			const entries = legendFor(input);
			expect(entries.map((e) => e.key)).toEqual([...keys]);
			for (const entry of entries) {
				expect(entry.label, entry.key).not.toBe('');
				expect(entry.description, entry.key).toMatch(/\.$/);
			}
			expect(new Set(entries.map((e) => e.label)).size).toBe(keys.length);
		}
	);

	it('counts every dataset country once by status, with a dash for the rest of the world', () => {
		const entries = legendFor('status');
		expect(entries.find((e) => e.key === 'none')?.count).toBe('–');
		const numbers = entries.map((e) => e.count).filter((c): c is number => typeof c === 'number');
		expect(numbers).toHaveLength(STATUSES.length - 1);
		expect(numbers.reduce((a, b) => a + b, 0)).toBe(countries.length);
	});

	it('counts every dataset country once by tactic, "none described" included', () => {
		const entries = legendFor('tactic');
		const numbers = entries.map((e) => e.count);
		expect(numbers.every((c) => typeof c === 'number')).toBe(true);
		expect((numbers as number[]).reduce((a, b) => a + b, 0)).toBe(countries.length);
	});

	it.each([
		{
			name: 'status, for Brazil, Peru, Colombia, Ireland and Sweden',
			input: { colourBy: 'status' as const, list: pick('br', 'pe', 'co', 'ie', 'se') },
			expected: { section: 1, group: 1, split: 2, predecessor: 1, none: '–' }
		},
		{
			// The source gives no current labour-party entryism: Militant's ended in 1992, and it
			// does not say whether Socialist Appeal works in Labour.
			name: 'tactic, for Britain, Italy, Pakistan, France, Brazil and the Netherlands',
			input: { colourBy: 'tactic' as const, list: pick('gb', 'it', 'pk', 'fr', 'br', 'nl') },
			expected: {
				'entryism-labour': 0,
				'entryism-communist': 1,
				'entryism-populist': 1,
				'inside-party': 1,
				campaign: 2,
				none: 1
			}
		},
		{
			name: 'status, for no countries',
			input: { colourBy: 'status' as const, list: [] },
			expected: { section: 0, group: 0, split: 0, predecessor: 0, none: '–' }
		}
	])('counts the list it is given: $name', ({ input, expected }) => {
		expect(counts(legendFor(input.colourBy, input.list))).toEqual(expected);
	});

	it.each([
		{
			name: '1974: Militant and its allies in Sweden and Ireland',
			year: 1974,
			expected: { section: 0, group: 0, split: 0, predecessor: 3, none: '–' },
			known: 3
		},
		{
			name: "1992: Socialist Appeal in Britain and the Committee for a Marxist International's Spanish group, both known from Militant's split",
			year: 1992,
			expected: { section: 1, group: 1, split: 0, predecessor: 0, none: '–' },
			known: 2
		},
		{
			name: '2009, before the split: Colombia not yet shown',
			year: 2009,
			expected: { section: 5, group: 0, split: 0, predecessor: 0, none: '–' },
			known: 5
		},
		{
			name: '2010, after it: Colombia split away; the new Spanish and Venezuelan sections are known from the break, not dated',
			year: 2010,
			expected: { section: 5, group: 0, split: 1, predecessor: 0, none: '–' },
			known: 5
		}
	])('counts the statuses at a year: $name', ({ year, expected, known }) => {
		const statuses = yearStatuses(year);
		expect(counts(legendFor('status', countries, statuses))).toEqual(expected);
		expect(knownEntry(statuses).count).toBe(known);
	});
});

describe('the countries a legend row lights', () => {
	it.each([
		{ name: 'status today', colourBy: 'status' as const, year: null },
		{ name: 'tactic today', colourBy: 'tactic' as const, year: null },
		{ name: 'status in 1992', colourBy: 'status' as const, year: 1992 },
		{ name: 'tactic in 1985', colourBy: 'tactic' as const, year: 1985 },
		{ name: 'status in 2010', colourBy: 'status' as const, year: 2010 }
	])('are the ones it counts, each in one row: $name', ({ colourBy, year }) => {
		const statuses = year === null ? null : yearStatuses(year);
		const tactics = year === null ? null : yearTactics(year);
		const entries = legendFor(colourBy, countries, statuses, tactics);
		for (const entry of entries) {
			if (entry.count !== '–') expect(entry.members, entry.key).toHaveLength(entry.count);
		}
		const all = entries.flatMap((e) => e.members);
		expect(all.toSorted()).toEqual(countries.map((c) => c.iso2).toSorted());
	});

	it('lights the sections of 2010 that the source dates, by their status that year', () => {
		const statuses = yearStatuses(2010);
		const row = legendRow('section', 'status', statuses, null)!;
		expect(row.members).toHaveLength(5);
		for (const iso2 of row.members) expect(statuses.get(iso2)?.status).toBe('section');
		expect(row.members).not.toContain('co');
		expect(legendRow('split', 'status', statuses, null)!.members).toEqual(['co']);
	});

	it.each([
		{ name: 'no row', key: null, colourBy: 'status' as const, year: 2010, expected: null },
		{
			name: 'a status key in the tactic colouring',
			key: 'section',
			colourBy: 'tactic' as const,
			year: null,
			expected: null
		},
		{
			name: 'the dashed edge today',
			key: 'known',
			colourBy: 'status' as const,
			year: null,
			expected: null
		},
		{
			name: 'an unknown key',
			key: 'bogus',
			colourBy: 'status' as const,
			year: null,
			expected: null
		}
	])('has nothing to light for $name', ({ key, colourBy, year, expected }) => {
		const statuses = year === null ? null : yearStatuses(year);
		expect(legendRow(key, colourBy, statuses, null)).toBe(expected);
	});

	it('lights the rest of the world only for "no presence"', () => {
		const rows = legendFor('status').filter((e) => e.rest);
		expect(rows.map((e) => e.key)).toEqual(['none']);
		expect(legendFor('tactic').some((e) => e.rest)).toBe(false);
	});

	it('lights the dashed countries of a year', () => {
		const statuses = yearStatuses(2010);
		expect(legendRow('known', 'status', statuses, null)!.members).toEqual(
			knownEntry(statuses).members
		);
		expect(knownEntry(statuses).members).toHaveLength(5);
	});
});
