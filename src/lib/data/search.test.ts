import { describe, expect, it } from 'vitest';
import { countries } from './dataset';
import type { Country } from './schema';
import { fold, searchCountries } from './search';

const found = (query: string, limit?: number) =>
	searchCountries(query, countries, limit).map((m) => ({ iso2: m.country.iso2, via: m.via }));

describe('searchCountries on the real dataset', () => {
	it.each([
		{ name: 'part of a country name', input: 'sal', expected: { iso2: 'sv', via: null } },
		{ name: 'the same in capitals', input: 'SAL', expected: { iso2: 'sv', via: null } },
		{ name: 'the start of a name', input: 'bra', expected: { iso2: 'br', via: null } },
		{ name: 'a second word', input: 'kingdom', expected: { iso2: 'gb', via: null } },
		{
			name: 'a section name',
			input: 'marxista',
			expected: { iso2: 'br', via: 'Esquerda Marxista' }
		},
		{
			name: 'a name without its accent',
			input: 'revolution',
			expected: { iso2: 'fr', via: 'Révolution' }
		},
		{
			name: 'a name with its accent',
			input: 'Révolution',
			expected: { iso2: 'fr', via: 'Révolution' }
		},
		{ name: 'a former name', input: 'riposte', expected: { iso2: 'fr', via: 'La Riposte' } },
		{
			name: "another name: the source's second spelling",
			input: 'izquerda',
			expected: { iso2: 'mx', via: 'La Izquerda Socialista' }
		},
		{ name: 'a gloss', input: 'red salute', expected: { iso2: 'pk', via: 'Red Salute' } },
		{ name: "ISO's short name", input: 'UK', expected: { iso2: 'gb', via: 'UK' } },
		{
			name: "ISO's other name",
			input: 'great britain',
			expected: { iso2: 'gb', via: 'Great Britain' }
		},
		{ name: 'a name added to ISO', input: 'Britain', expected: { iso2: 'gb', via: 'Britain' } },
		{ name: "ISO's initials", input: 'usa', expected: { iso2: 'us', via: 'USA' } },
		{ name: 'two letters', input: 'US', expected: { iso2: 'us', via: 'US' } },
		{ name: 'initials with stops', input: 'U.S.', expected: { iso2: 'us', via: 'U.S.' } },
		{ name: 'America', input: 'america', expected: { iso2: 'us', via: 'America' } },
		{ name: 'Holland', input: 'holland', expected: { iso2: 'nl', via: 'Holland' } },
		{
			name: "ISO's official name",
			input: 'russian federation',
			expected: { iso2: 'ru', via: 'Russian Federation' }
		},
		{ name: 'the start of an alias', input: 'holl', expected: { iso2: 'nl', via: 'Holland' } },
		{
			name: 'surrounding spaces and punctuation',
			input: '  el-salvador! ',
			expected: { iso2: 'sv', via: null }
		}
	])('finds $name first ("$input")', ({ input, expected }) => {
		expect(found(input)[0]).toEqual(expected);
	});

	it('ranks a match on the country name above a match inside an organisation name', () => {
		expect(found('sal')).toEqual([
			{ iso2: 'sv', via: null },
			{ iso2: 'pk', via: 'Lal Salaam' }
		]);
	});

	it.each([
		{ name: 'a whole alias above the start of a name', input: 'uk', expected: ['gb', 'ua'] },
		{ name: 'a name above an alias, at the same match', input: 'kingdom', expected: ['gb', 'nl'] },
		{ name: 'a whole alias above a name containing it', input: 'us', expected: ['us', 'ru'] }
	])('ranks $name ("$input")', ({ input, expected }) => {
		const ukraine = { iso2: 'ua', name: 'Ukraine', bodies: [] } as unknown as Country;
		const list = [...countries, ukraine];
		const order = searchCountries(input, list).map((m) => m.country.iso2);
		expect(order.slice(0, expected.length)).toEqual(expected);
	});

	it('finds by the aliases it is given', () => {
		expect(searchCountries('albion', countries, 8, { gb: ['Albion'] })[0]).toEqual({
			country: expect.objectContaining({ iso2: 'gb' }),
			via: 'Albion'
		});
		expect(searchCountries('holland', countries, 8, {})).toEqual([]);
	});

	it('ranks a name that starts with the query above one that only contains it', () => {
		expect(found('revolution').map((m) => m.iso2)).toEqual(['fr', 'it']);
	});

	it('breaks ties by English name', () => {
		const marxista = found('marxista');
		expect(marxista.map((m) => m.iso2)).toEqual(['br', 've']);
		expect(marxista[1]!.via).toBe('Corriente Marxista Revolucionaria');
	});

	it.each([
		{ name: 'no match', input: 'zzz' },
		{ name: 'the empty string', input: '' },
		{ name: 'only spaces', input: '   ' },
		{ name: 'only punctuation', input: '?!' }
	])('finds nothing for $name', ({ input }) => {
		expect(searchCountries(input, countries)).toEqual([]);
	});

	it.each([
		{ name: 'the default of 8', limit: undefined, expected: 8 },
		{ name: '3', limit: 3, expected: 3 },
		{ name: '1', limit: 1, expected: 1 },
		{ name: '0', limit: 0, expected: 0 }
	])('returns at most $name results, the best ones', ({ limit, expected }) => {
		const everything = found('a', countries.length);
		expect(everything.length).toBeGreaterThan(8);
		expect(found('a', limit)).toEqual(everything.slice(0, expected));
	});
});

describe('fold', () => {
	it.each([
		{ name: 'capitals', input: 'SAL', expected: 'sal' },
		{ name: 'accents', input: 'Révolution', expected: 'revolution' },
		{ name: 'a tilde and cedilla', input: 'São Tomé, Curaçao', expected: 'sao tome curacao' },
		{
			name: 'apostrophes and brackets',
			input: "Workers' Party (PT)",
			expected: 'workers party pt'
		},
		{ name: 'runs of spaces', input: '  El   Salvador ', expected: 'el salvador' },
		{ name: 'digits, kept', input: 'XIII Congress 2019', expected: 'xiii congress 2019' },
		{ name: 'non-Latin letters, kept', input: 'Лал Салам', expected: 'лал салам' }
	])('folds $name', ({ input, expected }) => {
		expect(fold(input)).toBe(expected);
	});
});

describe('equally good matches', () => {
	const named = (iso2: string, name: string) => ({ iso2, name, bodies: [] }) as unknown as Country;
	const list = [named('aa', 'Ñu Land'), named('bb', 'Nzu Land')];

	// Spanish sorts "Ñ" as a letter after "N"; English sorts it as an N with a mark.
	it.each([
		{ locale: 'en', expected: ['aa', 'bb'] },
		{ locale: 'es', expected: ['bb', 'aa'] }
	] as const)('come in $locale alphabetical order', ({ locale, expected }) => {
		const order = searchCountries('land', list, 8, {}, locale).map((m) => m.country.iso2);
		expect(order).toEqual(expected);
	});
});
