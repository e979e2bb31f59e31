import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/i18n/in-locale';
import { formatDateText, inDateOrder, tacticSpan, whenText } from './chronology';
import { countries, dataset } from './dataset';
import { parseDate, sortKey } from './dates';

const keyOf = (date: string) => sortKey(parseDate(date)!);

describe('inDateOrder', () => {
	it.each([
		{
			name: 'qualified years around the months they belong to',
			input: ['1993', 'late 1992', '1992-03', 'early 1992'],
			expected: ['early 1992', '1992-03', 'late 1992', '1993']
		},
		{
			name: 'the end of a year after late in it, before the next',
			input: ['2003', 'end 2002', 'late 2002'],
			expected: ['late 2002', 'end 2002', '2003']
		},
		{
			name: 'a year before its months and days',
			input: ['2015-05-05', '2015-05', '2015'],
			expected: ['2015', '2015-05', '2015-05-05']
		},
		{
			name: 'late 2009 before January 2010',
			input: ['2010-01', 'late 2009', 'early 2009-03'],
			expected: ['early 2009-03', 'late 2009', '2010-01']
		},
		{
			name: 'a range of days by its first day',
			input: ['2019-05-04', '2019-05-03/2019-05-04', '2019-05-02'],
			expected: ['2019-05-02', '2019-05-03/2019-05-04', '2019-05-04']
		}
	])('sorts $name', ({ input, expected }) => {
		const events = input.map((date) => ({ date }));
		expect(inDateOrder(events).map((e) => e.date)).toEqual(expected);
	});

	it('puts undated events last, in the order they were given', () => {
		const events = [
			{ date: null, text: 'first undated' },
			{ date: '2010', text: 'dated 2010' },
			{ date: null, text: 'second undated' },
			{ date: '1974', text: 'dated 1974' },
			{ date: null, text: 'third undated' }
		];
		expect(inDateOrder(events).map((e) => e.text)).toEqual([
			'dated 1974',
			'dated 2010',
			'first undated',
			'second undated',
			'third undated'
		]);
	});

	it('keeps events of the same date in the order they were given', () => {
		const events = ['a', 'b', 'c'].map((text) => ({ date: '2010-01', text }));
		expect(inDateOrder([{ date: '2011', text: 'later' }, ...events]).map((e) => e.text)).toEqual([
			'a',
			'b',
			'c',
			'later'
		]);
	});

	it('does not change the list it is given', () => {
		const events = [{ date: '2010' }, { date: '1974' }];
		inDateOrder(events);
		expect(events.map((e) => e.date)).toEqual(['2010', '1974']);
	});

	it.each([
		{ name: 'the tendency', iso2: '-', events: dataset.tendency.events },
		...countries.map((c) => ({ name: c.name, iso2: c.iso2, events: c.events }))
	])('orders the events of $name ($iso2) by date, undated last', ({ events }) => {
		const ordered = inDateOrder(events);
		expect([...ordered].sort((a, b) => events.indexOf(a) - events.indexOf(b))).toEqual(events);
		const dated = ordered.filter((e) => e.date !== null);
		expect(ordered.slice(dated.length).every((e) => e.date === null)).toBe(true);
		const keys = dated.map((e) => keyOf(e.date!));
		for (let i = 1; i < keys.length; i++) expect(keys[i]).toBeGreaterThanOrEqual(keys[i - 1]!);
	});
});

describe('tacticSpan', () => {
	it.each([
		{
			name: 'start and end',
			input: { from: '2008', to: '2015-05-05' },
			expected: '2008 – 5 May 2015'
		},
		{
			name: 'start and end, with how it ended',
			input: { from: '1964', to: 'early 1992', ended: 'It split.' },
			expected: '1964 – early 1992'
		},
		{ name: 'a start only', input: { from: '2016', to: null }, expected: 'from 2016' },
		{
			name: 'a start and an undated ending',
			input: { from: '2016', to: null, ended: 'It stopped.' },
			expected: 'from 2016; end not dated in the source'
		},
		{ name: 'an end only', input: { from: null, to: 'early 1992' }, expected: 'until early 1992' },
		{
			name: 'an end only, with how it ended',
			input: { from: null, to: '2015-05-05', ended: 'It withdrew.' },
			expected: 'until 5 May 2015'
		},
		{
			name: 'an undated ending',
			input: { from: null, to: null, ended: 'It left.' },
			expected: 'ended; dates not given in the source'
		},
		{
			name: 'no dates at all',
			input: { from: null, to: null },
			expected: 'dates not given in the source'
		},
		{
			name: 'a qualified start',
			input: { from: 'end 2002', to: null },
			expected: 'from the end of 2002'
		}
	])('writes $name as "$expected"', ({ input, expected }) => {
		expect(tacticSpan(input)).toBe(expected);
	});

	// The preposition is part of the date's phrase, never glued before it.
	it.each([
		{ locale: 'it', input: { from: 'end 2002', to: null }, expected: 'dalla fine del 2002' },
		{ locale: 'it', input: { from: null, to: 'early 1992' }, expected: 'fino all’inizio del 1992' },
		{
			locale: 'fr',
			input: { from: '2016', to: null, ended: 'x' },
			expected: 'depuis 2016 ; fin non datée dans la source'
		},
		{
			locale: 'es',
			input: { from: null, to: '2015-05-05' },
			expected: 'hasta el 5 de mayo de 2015'
		},
		{ locale: 'pt', input: { from: 'early 1992', to: null }, expected: 'desde o início de 1992' }
	] as const)(
		'$locale: writes $input.from/$input.to as "$expected"',
		({ locale, input, expected }) => {
			expect(inLocale(locale, () => tacticSpan(input))).toBe(expected);
		}
	);

	it('throws on a date that does not parse, naming it', () => {
		expect(() => tacticSpan({ from: 'May 2015', to: null })).toThrow('unparseable date "May 2015"');
	});
});

describe('formatDateText and whenText', () => {
	it.each([
		{ name: 'a day', input: { date: '2013-03-09' }, expected: '9 March 2013' },
		{ name: 'a range', input: { date: '2019-05-03/2019-05-04' }, expected: '3–4 May 2019' },
		{
			name: 'a qualified year, as a line starts',
			input: { date: 'early 1992' },
			expected: 'Early 1992'
		},
		{ name: 'the end of a year', input: { date: 'end 2002' }, expected: 'End of 2002' },
		{
			name: 'no date',
			input: { date: null, dateNote: 'The source gives no date.' },
			expected: 'Date not given'
		}
	])('says when for $name: "$expected"', ({ input, expected }) => {
		expect(whenText(input)).toBe(expected);
	});

	it.each([
		{ name: 'a day-first date', input: '09-03-2013' },
		{ name: 'an impossible day', input: '2013-02-30' },
		{ name: 'nothing', input: '' }
	])('refuses $name', ({ input }) => {
		expect(() => formatDateText(input)).toThrow(`unparseable date "${input}"`);
	});
});
