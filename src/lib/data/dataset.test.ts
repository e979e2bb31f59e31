import { describe, expect, it } from 'vitest';
import atlas from './atlas.json';
import { countries, countryByIso, neighbours, source } from './dataset';

describe('countries', () => {
	it('holds every dataset country once, sorted by English name', () => {
		expect(countries.map((c) => c.iso2).sort()).toEqual(atlas.countries.map((c) => c.iso2).sort());
		const names = countries.map((c) => c.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
	});

	it('puts El Salvador under E and the United Kingdom under U, by name not by code', () => {
		const order = countries.map((c) => c.iso2);
		expect(order.indexOf('sv')).toBeLessThan(order.indexOf('fr'));
		expect(order.indexOf('gb')).toBeGreaterThan(order.indexOf('ru'));
	});
});

describe('countryByIso', () => {
	it.each([
		{ name: 'a code', input: 'br', expected: 'Brazil' },
		{ name: 'a code in capitals', input: 'BR', expected: 'Brazil' },
		{ name: 'a code not in the dataset', input: 'de', expected: undefined },
		{ name: 'not a code', input: 'brazil', expected: undefined }
	])('finds $name ($input)', ({ input, expected }) => {
		expect(countryByIso(input)?.name).toBe(expected);
	});
});

describe('neighbours', () => {
	const first = countries[0]!.iso2;
	const last = countries[countries.length - 1]!.iso2;
	it.each([
		{
			name: 'a country in the middle',
			input: countries[5]!.iso2,
			expected: [countries[4]!.iso2, countries[6]!.iso2]
		},
		{
			name: 'the first, wrapping back to the last',
			input: first,
			expected: [last, countries[1]!.iso2]
		},
		{
			name: 'the last, wrapping on to the first',
			input: last,
			expected: [countries[countries.length - 2]!.iso2, first]
		}
	])('gives $name', ({ input, expected }) => {
		const found = neighbours(input);
		expect([found?.previous.iso2, found?.next.iso2]).toEqual(expected);
	});

	it('knows nothing of a country outside the dataset', () => {
		expect(neighbours('de')).toBeUndefined();
	});
});

describe('source', () => {
	it('is the first source the dataset lists', () => {
		expect(source.id).toBe(atlas.sources[0]!.id);
	});
});
