import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { countries, countryByIso, source } from '../dataset';
import type { Country } from '../schema';
import { toCsv } from './csv';
import { COLUMNS, countryRecord, countryTable, paragraphsCited } from './rows';

const column = (record: string[], name: (typeof COLUMNS)[number]) => record[COLUMNS.indexOf(name)];
const real = (iso2: string) => countryByIso(iso2)!;

describe('countryRecord on the real dataset', () => {
	it.each([
		{ iso2: 'gb', field: 'first_event_date', expected: '1964' },
		// Britain's last two events are undated: the last dated one is the 1992 split.
		{ iso2: 'gb', field: 'last_event_date', expected: 'early 1992' },
		{ iso2: 'gb', field: 'organisations', expected: 'Militant; Socialist Appeal' },
		{ iso2: 'gb', field: 'status', expected: 'Section' },
		{ iso2: 'br', field: 'organisations', expected: 'Esquerda Marxista (Marxist Left)' },
		// The source gives Canada no dated event.
		{ iso2: 'ca', field: 'first_event_date', expected: '' },
		{ iso2: 'ca', field: 'last_event', expected: '' },
		{ iso2: 'ar', field: 'organisations', expected: 'not named in the source' }
	] as const)('$iso2 $field', ({ iso2, field, expected }) => {
		expect(column(countryRecord(real(iso2), source), field)).toBe(expected);
	});

	it("names Britain's Labour entryism with its party and dates", () => {
		expect(column(countryRecord(real('gb'), source), 'tactics')).toMatch(
			/^Entryism, Labour Party, [^;]+ \(until early 1992\); Campaign \(/
		);
	});

	it('lists the paragraphs a country cites once each, in order', () => {
		const paras = paragraphsCited(real('gb'));
		expect(paras).toEqual([...new Set(paras)].sort((a, b) => a - b));
		expect(paras).toContain(2);
	});
});

describe('countryTable', () => {
	it('has the header, then one record per country', () => {
		const table = countryTable(countries, source);
		expect(table[0]).toEqual([...COLUMNS]);
		expect(table.slice(1).map((r) => r[0])).toEqual(countries.map((c) => c.iso2));
		expect(table.every((r) => r.length === COLUMNS.length)).toBe(true);
		expect(column(table[1]!, 'licence')).toBe('CC BY-SA 4.0');
		expect(column(table[1]!, 'attribution')).toContain(source.url);
	});

	it('survives a CSV round trip, with commas, quotes and line breaks in names', () => {
		const awkward: Country = {
			...real('fr'),
			iso2: 'zz',
			name: 'Tricky, "Quoted"\nLand',
			bodies: [{ ...real('fr').bodies[0]!, name: 'Left, "Marxist"\r\nTendency' }]
		};
		const table = countryTable([...countries, awkward], source);
		const parsed: string[][] = parse(toCsv(table), { bom: true, relax_quotes: false });
		expect(parsed).toEqual(table);
		expect(parsed.at(-1)?.[1]).toBe('Tricky, "Quoted"\nLand');
	});
});
