import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from './csv';

describe('csvField', () => {
	it.each([
		{ name: 'plain text stays bare', value: 'Vonk', expected: 'Vonk' },
		{ name: 'an empty field stays empty', value: '', expected: '' },
		{ name: 'a comma is quoted', value: 'Brazil, Italy', expected: '"Brazil, Italy"' },
		{ name: 'a quote is doubled', value: 'the "Militant"', expected: '"the ""Militant"""' },
		{ name: 'a line feed is quoted', value: 'one\ntwo', expected: '"one\ntwo"' },
		{ name: 'a carriage return is quoted', value: 'one\rtwo', expected: '"one\rtwo"' },
		{ name: 'accents need no quoting', value: 'Révolution', expected: 'Révolution' }
	])('$name', ({ value, expected }) => expect(csvField(value)).toBe(expected));
});

describe('toCsv', () => {
	const records = [
		['iso2', 'name', 'note'],
		['fr', 'Révolution (formerly La Riposte)', 'entryism, then "open" work'],
		['br', 'Esquerda Marxista', 'line one\r\nline two'],
		['mx', '', 'ends with a quote"']
	];

	it('starts with the byte-order mark and ends each record with CRLF', () => {
		const text = toCsv(records);
		expect(text.startsWith(BOM)).toBe(true);
		expect(text.endsWith('"ends with a quote"""\r\n')).toBe(true);
	});

	it('reads back to the same records with a real CSV parser (RFC 4180, strict)', () => {
		const parsed = parse(toCsv(records), {
			bom: true,
			relax_quotes: false,
			record_delimiter: '\r\n'
		});
		expect(parsed).toEqual(records);
	});
});
