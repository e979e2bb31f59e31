import { describe, expect, it } from 'vitest';
import { formatDate, parseDate, prepareDateFormats, sortKey, type PartialDate } from './dates';

const date = (fields: Partial<PartialDate> & { year: number }): PartialDate => ({
	qualifier: null,
	month: null,
	day: null,
	endDay: null,
	...fields
});

/** Parses a date the test knows to be valid, failing loudly if it is not. */
function parsed(text: string): PartialDate {
	const result = parseDate(text);
	if (!result) throw new Error(`test date "${text}" does not parse`);
	return result;
}

describe('parseDate', () => {
	it.each([
		{ name: 'a year', input: '1992', expected: date({ year: 1992 }) },
		{ name: 'a month', input: '2009-03', expected: date({ year: 2009, month: 3 }) },
		{ name: 'a day', input: '2015-05-05', expected: date({ year: 2015, month: 5, day: 5 }) },
		{
			name: 'early in a year',
			input: 'early 1992',
			expected: date({ year: 1992, qualifier: 'early' })
		},
		{
			name: 'late in a year',
			input: 'late 2009',
			expected: date({ year: 2009, qualifier: 'late' })
		},
		{
			name: 'the end of a year',
			input: 'end 2002',
			expected: date({ year: 2002, qualifier: 'end' })
		},
		{
			name: 'early in a month',
			input: 'early 2009-03',
			expected: date({ year: 2009, month: 3, qualifier: 'early' })
		},
		{
			name: 'a range of days',
			input: '2019-05-03/2019-05-04',
			expected: date({ year: 2019, month: 5, day: 3, endDay: 4 })
		},
		{
			name: 'a range to the last day of the month',
			input: '2019-05-30/2019-05-31',
			expected: date({ year: 2019, month: 5, day: 30, endDay: 31 })
		},
		{
			name: '29 February in a leap year',
			input: '2016-02-29',
			expected: date({ year: 2016, month: 2, day: 29 })
		},
		{
			name: '29 February 2000 (divisible by 400)',
			input: '2000-02-29',
			expected: date({ year: 2000, month: 2, day: 29 })
		},
		{ name: '31 December', input: '2019-12-31', expected: date({ year: 2019, month: 12, day: 31 }) }
	])('accepts $name ($input)', ({ input, expected }) => {
		expect(parseDate(input)).toEqual(expected);
	});

	it.each([
		{ name: 'month 13', input: '2015-13' },
		{ name: 'month 00', input: '2015-00' },
		{ name: 'day 00', input: '2015-05-00' },
		{ name: '30 February', input: '2015-02-30' },
		{ name: '29 February in a common year', input: '2015-02-29' },
		{ name: '29 February 1900 (divisible by 100, not 400)', input: '1900-02-29' },
		{ name: '31 April', input: '2015-04-31' },
		{ name: 'a range that ends before it starts', input: '2019-05-04/2019-05-03' },
		{ name: 'a range of one day', input: '2019-05-03/2019-05-03' },
		{ name: 'a range across months', input: '2019-05-03/2019-06-04' },
		{ name: 'a range across years', input: '2019-05-03/2020-05-04' },
		{ name: 'a range past the end of the month', input: '2019-02-27/2019-02-29' },
		{ name: 'a qualified range', input: 'late 2019-05-03/2019-05-04' },
		{ name: 'a month name', input: 'May 2015' },
		{ name: 'the empty string', input: '' },
		{ name: 'day-first order', input: '15-05-2015' },
		{ name: 'a one-digit month', input: '2015-5' },
		{ name: 'a one-digit day', input: '2015-05-5' },
		{ name: 'a two-digit year', input: '15' },
		{ name: 'leading space', input: ' 2015' },
		{ name: 'trailing space', input: '2015 ' },
		{ name: 'a capitalised qualifier', input: 'Early 1992' },
		{ name: 'the display form "end of"', input: 'end of 2002' },
		{ name: 'an unknown qualifier', input: 'mid 2002' }
	])('rejects $name ($input)', ({ input }) => {
		expect(parseDate(input)).toBeNull();
	});
});

describe('formatDate', () => {
	it.each([
		{ name: 'a year', input: '1964', expected: '1964' },
		{ name: 'a month', input: '2009-03', expected: 'March 2009' },
		{ name: 'a day', input: '2015-05-05', expected: '5 May 2015' },
		{ name: 'the last day of the year', input: '2019-12-31', expected: '31 December 2019' },
		{
			name: 'a range of days, with an en dash',
			input: '2019-05-03/2019-05-04',
			expected: '3–4 May 2019'
		},
		{ name: 'early in a year', input: 'early 1992', expected: 'early 1992' },
		{ name: 'late in a year', input: 'late 2009', expected: 'late 2009' },
		{ name: 'the end of a year', input: 'end 2002', expected: 'end of 2002' },
		{ name: 'early in a month', input: 'early 2009-03', expected: 'early March 2009' },
		{ name: 'the end of a month', input: 'end 2009-11', expected: 'end of November 2009' }
	])('writes $name as "$expected"', ({ input, expected }) => {
		expect(formatDate(parsed(input))).toBe(expected);
	});
});

describe('prepareDateFormats', () => {
	// Prepared at idle in one language, the formats must not leak into another's dates.
	it.each([
		{ prepared: 'fr', locale: 'en', expected: '5 May 2015' },
		{ prepared: 'en', locale: 'fr', expected: '5 mai 2015' },
		{ prepared: 'pt', locale: 'pt', expected: '5 de maio de 2015' }
	] as const)('after preparing $prepared, writes a $locale day as "$expected"', (row) => {
		prepareDateFormats(row.prepared);
		expect(formatDate(parsed('2015-05-05'), row.locale)).toBe(row.expected);
	});
});

describe('formatDate in every language', () => {
	const INPUTS = [
		'1964',
		'2009-03',
		'2015-05-05',
		'2019-05-03/2019-05-04',
		'early 1992',
		'late 2009',
		'end 2002',
		'early 2009-03'
	];
	it.each([
		{
			locale: 'en',
			expected: [
				'1964',
				'March 2009',
				'5 May 2015',
				'3–4 May 2019',
				'early 1992',
				'late 2009',
				'end of 2002',
				'early March 2009'
			]
		},
		{
			locale: 'es',
			expected: [
				'1964',
				'marzo de 2009',
				'5 de mayo de 2015',
				'3–4 de mayo de 2019',
				'principios de 1992',
				'finales de 2009',
				'fin de 2002',
				'principios de marzo de 2009'
			]
		},
		{
			locale: 'pt',
			expected: [
				'1964',
				'março de 2009',
				'5 de maio de 2015',
				'3–4 de maio de 2019',
				'início de 1992',
				'final de 2009',
				'fim de 2002',
				'início de março de 2009'
			]
		},
		{
			locale: 'fr',
			expected: [
				'1964',
				'mars 2009',
				'5 mai 2015',
				'3–4 mai 2019',
				'début 1992',
				'fin 2009',
				'fin 2002',
				'début mars 2009'
			]
		},
		{
			locale: 'it',
			expected: [
				'1964',
				'marzo 2009',
				'5 maggio 2015',
				'3–4 maggio 2019',
				'inizio 1992',
				'fine 2009',
				'fine 2002',
				'inizio marzo 2009'
			]
		}
	] as const)('writes dates as $locale does', ({ locale, expected }) => {
		expect(INPUTS.map((input) => formatDate(parsed(input), locale))).toEqual(expected);
	});
});

/**
 * A date after "since" or "until" is one phrase per language, preposition included, since the
 * preposition changes with the date: Italian "dal 1992", "da marzo 2009", "dall’inizio del 1992";
 * French "jusqu’en 1992", "jusqu’au 5 mai 2015", "jusqu’à début 1992".
 */
describe('formatDate as the start or end of a span, or a moment, in every language', () => {
	it.each([
		{ locale: 'en', role: 'from', input: '1992', expected: 'from 1992' },
		{ locale: 'en', role: 'from', input: '2009-03', expected: 'from March 2009' },
		{ locale: 'en', role: 'from', input: '2015-05-05', expected: 'from 5 May 2015' },
		{ locale: 'en', role: 'from', input: 'early 1992', expected: 'from early 1992' },
		{ locale: 'en', role: 'from', input: 'late 2009', expected: 'from late 2009' },
		{ locale: 'en', role: 'from', input: 'end 2002', expected: 'from the end of 2002' },
		{ locale: 'en', role: 'from', input: 'early 2009-03', expected: 'from early March 2009' },
		{ locale: 'en', role: 'from', input: 'late 2009-11', expected: 'from late November 2009' },
		{ locale: 'en', role: 'until', input: '1992', expected: 'until 1992' },
		{ locale: 'en', role: 'until', input: '2009-03', expected: 'until March 2009' },
		{ locale: 'en', role: 'until', input: '2015-05-05', expected: 'until 5 May 2015' },
		{ locale: 'en', role: 'until', input: 'early 1992', expected: 'until early 1992' },
		{ locale: 'en', role: 'until', input: 'late 2009', expected: 'until late 2009' },
		{ locale: 'en', role: 'until', input: 'end 2002', expected: 'until the end of 2002' },
		{ locale: 'en', role: 'until', input: 'early 2009-03', expected: 'until early March 2009' },
		{ locale: 'en', role: 'until', input: 'late 2009-11', expected: 'until late November 2009' },
		{ locale: 'es', role: 'from', input: '1992', expected: 'desde 1992' },
		{ locale: 'es', role: 'from', input: '2009-03', expected: 'desde marzo de 2009' },
		{ locale: 'es', role: 'from', input: '2015-05-05', expected: 'desde el 5 de mayo de 2015' },
		{ locale: 'es', role: 'from', input: 'early 1992', expected: 'desde principios de 1992' },
		{ locale: 'es', role: 'from', input: 'late 2009', expected: 'desde finales de 2009' },
		{ locale: 'es', role: 'from', input: 'end 2002', expected: 'desde el final de 2002' },
		{
			locale: 'es',
			role: 'from',
			input: 'early 2009-03',
			expected: 'desde principios de marzo de 2009'
		},
		{
			locale: 'es',
			role: 'from',
			input: 'late 2009-11',
			expected: 'desde finales de noviembre de 2009'
		},
		{ locale: 'es', role: 'until', input: '1992', expected: 'hasta 1992' },
		{ locale: 'es', role: 'until', input: '2009-03', expected: 'hasta marzo de 2009' },
		{ locale: 'es', role: 'until', input: '2015-05-05', expected: 'hasta el 5 de mayo de 2015' },
		{ locale: 'es', role: 'until', input: 'early 1992', expected: 'hasta principios de 1992' },
		{ locale: 'es', role: 'until', input: 'late 2009', expected: 'hasta finales de 2009' },
		{ locale: 'es', role: 'until', input: 'end 2002', expected: 'hasta el final de 2002' },
		{
			locale: 'es',
			role: 'until',
			input: 'early 2009-03',
			expected: 'hasta principios de marzo de 2009'
		},
		{
			locale: 'es',
			role: 'until',
			input: 'late 2009-11',
			expected: 'hasta finales de noviembre de 2009'
		},
		{ locale: 'pt', role: 'from', input: '1992', expected: 'desde 1992' },
		{ locale: 'pt', role: 'from', input: '2009-03', expected: 'desde março de 2009' },
		{ locale: 'pt', role: 'from', input: '2015-05-05', expected: 'desde 5 de maio de 2015' },
		{ locale: 'pt', role: 'from', input: 'early 1992', expected: 'desde o início de 1992' },
		{ locale: 'pt', role: 'from', input: 'late 2009', expected: 'desde o final de 2009' },
		{ locale: 'pt', role: 'from', input: 'end 2002', expected: 'desde o fim de 2002' },
		{
			locale: 'pt',
			role: 'from',
			input: 'early 2009-03',
			expected: 'desde o início de março de 2009'
		},
		{
			locale: 'pt',
			role: 'from',
			input: 'late 2009-11',
			expected: 'desde o final de novembro de 2009'
		},
		{ locale: 'pt', role: 'until', input: '1992', expected: 'até 1992' },
		{ locale: 'pt', role: 'until', input: '2009-03', expected: 'até março de 2009' },
		{ locale: 'pt', role: 'until', input: '2015-05-05', expected: 'até 5 de maio de 2015' },
		{ locale: 'pt', role: 'until', input: 'early 1992', expected: 'até o início de 1992' },
		{ locale: 'pt', role: 'until', input: 'late 2009', expected: 'até o final de 2009' },
		{ locale: 'pt', role: 'until', input: 'end 2002', expected: 'até o fim de 2002' },
		{
			locale: 'pt',
			role: 'until',
			input: 'early 2009-03',
			expected: 'até o início de março de 2009'
		},
		{
			locale: 'pt',
			role: 'until',
			input: 'late 2009-11',
			expected: 'até o final de novembro de 2009'
		},
		{ locale: 'fr', role: 'from', input: '1992', expected: 'depuis 1992' },
		{ locale: 'fr', role: 'from', input: '2009-03', expected: 'depuis mars 2009' },
		{ locale: 'fr', role: 'from', input: '2015-05-05', expected: 'depuis le 5 mai 2015' },
		{ locale: 'fr', role: 'from', input: 'early 1992', expected: 'depuis début 1992' },
		{ locale: 'fr', role: 'from', input: 'late 2009', expected: 'depuis fin 2009' },
		{ locale: 'fr', role: 'from', input: 'end 2002', expected: 'depuis fin 2002' },
		{ locale: 'fr', role: 'from', input: 'early 2009-03', expected: 'depuis début mars 2009' },
		{ locale: 'fr', role: 'from', input: 'late 2009-11', expected: 'depuis fin novembre 2009' },
		{ locale: 'fr', role: 'until', input: '1992', expected: 'jusqu’en 1992' },
		{ locale: 'fr', role: 'until', input: '2009-03', expected: 'jusqu’en mars 2009' },
		{ locale: 'fr', role: 'until', input: '2015-05-05', expected: 'jusqu’au 5 mai 2015' },
		{ locale: 'fr', role: 'until', input: 'early 1992', expected: 'jusqu’à début 1992' },
		{ locale: 'fr', role: 'until', input: 'late 2009', expected: 'jusqu’à fin 2009' },
		{ locale: 'fr', role: 'until', input: 'end 2002', expected: 'jusqu’à fin 2002' },
		{ locale: 'fr', role: 'until', input: 'early 2009-03', expected: 'jusqu’à début mars 2009' },
		{ locale: 'fr', role: 'until', input: 'late 2009-11', expected: 'jusqu’à fin novembre 2009' },
		{ locale: 'it', role: 'from', input: '1992', expected: 'dal 1992' },
		{ locale: 'it', role: 'from', input: '2009-03', expected: 'da marzo 2009' },
		{ locale: 'it', role: 'from', input: '2015-05-05', expected: 'dal 5 maggio 2015' },
		{ locale: 'it', role: 'from', input: 'early 1992', expected: 'dall’inizio del 1992' },
		{ locale: 'it', role: 'from', input: 'late 2009', expected: 'dalla fine del 2009' },
		{ locale: 'it', role: 'from', input: 'end 2002', expected: 'dalla fine del 2002' },
		{ locale: 'it', role: 'from', input: 'early 2009-03', expected: 'dall’inizio di marzo 2009' },
		{ locale: 'it', role: 'from', input: 'late 2009-11', expected: 'dalla fine di novembre 2009' },
		{ locale: 'it', role: 'until', input: '1992', expected: 'fino al 1992' },
		{ locale: 'it', role: 'until', input: '2009-03', expected: 'fino a marzo 2009' },
		{ locale: 'it', role: 'until', input: '2015-05-05', expected: 'fino al 5 maggio 2015' },
		{ locale: 'it', role: 'until', input: 'early 1992', expected: 'fino all’inizio del 1992' },
		{ locale: 'it', role: 'until', input: 'late 2009', expected: 'fino alla fine del 2009' },
		{ locale: 'it', role: 'until', input: 'end 2002', expected: 'fino alla fine del 2002' },
		{
			locale: 'it',
			role: 'until',
			input: 'early 2009-03',
			expected: 'fino all’inizio di marzo 2009'
		},
		{
			locale: 'it',
			role: 'until',
			input: 'late 2009-11',
			expected: 'fino alla fine di novembre 2009'
		},
		{ locale: 'en', role: 'in', input: '1992', expected: 'in 1992' },
		{ locale: 'en', role: 'in', input: '2010-01', expected: 'in January 2010' },
		{ locale: 'en', role: 'in', input: '2015-05-05', expected: 'on 5 May 2015' },
		{ locale: 'en', role: 'in', input: '2019-05-03/2019-05-04', expected: 'on 3–4 May 2019' },
		{ locale: 'en', role: 'in', input: 'early 1992', expected: 'in early 1992' },
		{ locale: 'en', role: 'in', input: 'end 2002', expected: 'at the end of 2002' },
		{ locale: 'es', role: 'in', input: '2010-01', expected: 'en enero de 2010' },
		{ locale: 'es', role: 'in', input: '2015-05-05', expected: 'el 5 de mayo de 2015' },
		{ locale: 'es', role: 'in', input: 'early 1992', expected: 'a principios de 1992' },
		{ locale: 'es', role: 'in', input: 'end 2002', expected: 'al final de 2002' },
		{ locale: 'pt', role: 'in', input: '2010-01', expected: 'em janeiro de 2010' },
		{ locale: 'pt', role: 'in', input: '2015-05-05', expected: 'em 5 de maio de 2015' },
		{ locale: 'pt', role: 'in', input: 'late 2009', expected: 'no final de 2009' },
		{ locale: 'fr', role: 'in', input: '1992', expected: 'en 1992' },
		{ locale: 'fr', role: 'in', input: '2010-01', expected: 'en janvier 2010' },
		{ locale: 'fr', role: 'in', input: '2015-05-05', expected: 'le 5 mai 2015' },
		{ locale: 'fr', role: 'in', input: 'early 1992', expected: 'début 1992' },
		{ locale: 'it', role: 'in', input: '1992', expected: 'nel 1992' },
		{ locale: 'it', role: 'in', input: '2010-01', expected: 'a gennaio 2010' },
		{ locale: 'it', role: 'in', input: '2015-05-05', expected: 'il 5 maggio 2015' },
		{ locale: 'it', role: 'in', input: 'early 1992', expected: 'all’inizio del 1992' },
		{ locale: 'it', role: 'in', input: 'late 2009-11', expected: 'alla fine di novembre 2009' }
	] as const)('$locale, $role $input: "$expected"', ({ locale, role, input, expected }) => {
		expect(formatDate(parsed(input), locale, role)).toBe(expected);
	});
});

/**
 * Italian elides the article before a day read with a vowel (otto, undici, uno: "dall’8 maggio",
 * "fino all’11 marzo"); the other languages write theirs whole ("depuis le 8 mai").
 */
describe('formatDate of a day whose name starts with a vowel, in every language', () => {
	it.each([
		{ locale: 'en', role: 'from', input: '2015-05-08', expected: 'from 8 May 2015' },
		{ locale: 'en', role: 'until', input: '2009-03-11', expected: 'until 11 March 2009' },
		{ locale: 'es', role: 'from', input: '2015-05-08', expected: 'desde el 8 de mayo de 2015' },
		{ locale: 'es', role: 'until', input: '2009-03-11', expected: 'hasta el 11 de marzo de 2009' },
		{ locale: 'pt', role: 'from', input: '2015-05-08', expected: 'desde 8 de maio de 2015' },
		{ locale: 'pt', role: 'until', input: '2009-03-11', expected: 'até 11 de março de 2009' },
		{ locale: 'fr', role: 'from', input: '2015-05-08', expected: 'depuis le 8 mai 2015' },
		{ locale: 'fr', role: 'until', input: '2009-03-11', expected: 'jusqu’au 11 mars 2009' },
		{ locale: 'it', role: 'on', input: '2015-05-08', expected: '8 maggio 2015' },
		{ locale: 'it', role: 'from', input: '2015-05-08', expected: 'dall’8 maggio 2015' },
		{ locale: 'it', role: 'from', input: '2009-03-11', expected: 'dall’11 marzo 2009' },
		{ locale: 'it', role: 'from', input: '2019-05-01', expected: 'dall’1 maggio 2019' },
		{
			locale: 'it',
			role: 'from',
			input: '2019-05-08/2019-05-09',
			expected: 'dall’8–9 maggio 2019'
		},
		{ locale: 'it', role: 'until', input: '2015-05-08', expected: 'fino all’8 maggio 2015' },
		{ locale: 'it', role: 'until', input: '2009-03-11', expected: 'fino all’11 marzo 2009' },
		{ locale: 'it', role: 'until', input: '2009-03-18', expected: 'fino al 18 marzo 2009' }
	] as const)('$locale, $role $input: "$expected"', ({ locale, role, input, expected }) => {
		expect(formatDate(parsed(input), locale, role)).toBe(expected);
	});
});

describe('sortKey', () => {
	it.each([
		{
			name: 'qualifiers fall around the months of their year',
			input: ['early 1992', '1992-03', 'late 1992', '1993']
		},
		{
			name: 'a coarser date comes before a finer one that starts with it',
			input: ['2015', '2015-05', '2015-05-05']
		},
		{ name: 'late in a year comes before January of the next', input: ['late 2009', '2010-01'] },
		{
			name: 'late comes before the end of a year',
			input: ['early 2002', 'late 2002', 'end 2002', '2003']
		},
		{
			name: 'the last day of a month comes before the next month',
			input: ['2015-01-31', '2015-02']
		},
		{ name: 'the last day of a year comes before the next year', input: ['2015-12-31', '2016'] },
		{ name: 'the end of December comes before the next year', input: ['end 2015-12', '2016'] },
		{
			name: 'a range sorts by its first day',
			input: ['2019-05-02', '2019-05-03/2019-05-04', '2019-05-04']
		},
		{ name: 'days sort within their month', input: ['2013-03-09', '2013-03-10', '2013-03-31'] }
	])('$name', ({ input }) => {
		const keys = input.map((text) => sortKey(parsed(text)));
		for (let i = 1; i < keys.length; i++) {
			expect(keys[i], `${input[i - 1]} < ${input[i]}`).toBeGreaterThan(keys[i - 1]!);
		}
	});

	it('keeps a date inside its own year', () => {
		for (const text of ['1992', 'early 1992', 'late 1992', 'end 1992', '1992-12', '1992-12-31']) {
			expect(Math.floor(sortKey(parsed(text))), text).toBe(1992);
		}
	});
});
