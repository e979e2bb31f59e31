import { describe, expect, it } from 'vitest';
import countryCodes from 'i18n-iso-countries';
import { reference } from '$lib/server/reference';
import { shapeIds } from '$lib/geo/world.server';
import atlas from './atlas.json';
import { paragraphsOf, validateDataset } from './validate';

type Raw = typeof atlas;
type RawCountry = Raw['countries'][number];

const ref = reference();

function countryIn(data: Raw, iso2: string): RawCountry {
	const country = data.countries.find((c) => c.iso2 === iso2);
	if (!country) throw new Error(`no country "${iso2}" in the dataset`);
	return country;
}

interface RawMention {
	date: string;
	cite: Array<{ quote: string }>;
}

/** A status period as the fixtures below edit it. */
interface RawPeriod {
	status: string;
	from: string | null;
	fromNote?: string;
	knownFrom?: RawMention;
	to: string | null;
	toNote?: string;
	knownUntil?: RawMention;
	cite: unknown[];
}

function periodIn(data: Raw, iso2: string, index: number): RawPeriod {
	const period = countryIn(data, iso2).periods[index];
	if (!period) throw new Error(`no periods[${index}] for "${iso2}" in the dataset`);
	return period as RawPeriod;
}

/** A copy of the real dataset with one thing broken. */
function broken(edit: (data: Raw) => void): Raw {
	const data = structuredClone(atlas);
	edit(data);
	return data;
}

function errorsOf(data: unknown): string[] {
	const result = validateDataset(data, ref);
	return result.ok ? [] : result.errors;
}

/** An ISO alpha-2 code that exists but has no shape in the atlas, found rather than assumed. */
const shapeless = (() => {
	const shapes = shapeIds();
	const code = Object.keys(countryCodes.getAlpha2Codes()).find(
		(alpha2) => !shapes.has(countryCodes.alpha2ToNumeric(alpha2) ?? '')
	);
	if (!code) throw new Error('every ISO country has a shape in the atlas');
	return { iso2: code.toLowerCase(), numeric: countryCodes.alpha2ToNumeric(code)! };
})();

describe('validateDataset on the real dataset', () => {
	it('accepts src/lib/data/atlas.json', () => {
		expect(errorsOf(atlas)).toEqual([]);
	});

	it('returns the parsed dataset with every country in it', () => {
		const result = validateDataset(atlas, ref);
		expect(result.ok && result.data.countries.map((c) => c.iso2)).toEqual(
			atlas.countries.map((c) => c.iso2)
		);
	});
});

describe('validateDataset on a broken copy', () => {
	it.each([
		{
			name: 'an unknown ISO code',
			edit: (d: Raw) => {
				countryIn(d, 'br').iso2 = 'zz';
			},
			expected: ['country "zz" (Brazil): iso2:', '"zz" is not an ISO 3166-1 alpha-2 country code']
		},
		{
			name: 'a country with no shape in the atlas',
			edit: (d: Raw) => {
				countryIn(d, 'br').iso2 = shapeless.iso2;
			},
			expected: [
				`country "${shapeless.iso2}" (Brazil): iso2:`,
				`no shape in the world atlas for ISO numeric code ${shapeless.numeric}`
			]
		},
		{
			name: 'an ISO code in upper case',
			edit: (d: Raw) => {
				countryIn(d, 'br').iso2 = 'BR';
			},
			expected: ['country "BR" (Brazil): iso2:', 'must be two lower-case letters']
		},
		{
			name: 'a date that does not parse',
			edit: (d: Raw) => {
				countryIn(d, 'br').events[0]!.date = '5 May 2015';
			},
			expected: ['country "br" (Brazil): events[0].date:', '"5 May 2015" is not a date']
		},
		{
			name: 'an impossible calendar date on a tactic',
			edit: (d: Raw) => {
				countryIn(d, 'br').tactics[0]!.to = '2015-02-30';
			},
			expected: ['country "br" (Brazil): tactics[0].to:', '"2015-02-30" is not a date']
		},
		{
			name: 'a duplicated country',
			edit: (d: Raw) => {
				d.countries.push(structuredClone(countryIn(d, 'br')));
			},
			expected: [
				'country "br" (Brazil): iso2:',
				`duplicated country, also entry ${atlas.countries.findIndex((c) => c.iso2 === 'br') + 1} of countries`
			]
		},
		{
			name: 'a fact with no source',
			edit: (d: Raw) => {
				countryIn(d, 'br').events[1]!.cite = [];
			},
			expected: ['country "br" (Brazil): events[1].cite:', 'has no source']
		},
		{
			name: 'an organisation with no source',
			edit: (d: Raw) => {
				countryIn(d, 'br').bodies[0]!.cite = [];
			},
			expected: ['country "br" (Brazil): bodies[0].cite:', 'has no source']
		},
		{
			name: 'a quote that is not in its paragraph',
			edit: (d: Raw) => {
				countryIn(d, 'br').bodies[0]!.cite[0]!.quote = 'including Esquerda Marxista in Portugal';
			},
			expected: [
				'country "br" (Brazil): bodies[0].cite[0].quote:',
				'not found word for word in paragraph 5 of "wp-imt"'
			]
		},
		{
			name: 'a quote cited to the wrong paragraph',
			edit: (d: Raw) => {
				countryIn(d, 'br').bodies[0]!.cite[0]!.para = 6;
			},
			expected: ['country "br" (Brazil): bodies[0].cite[0].quote:', 'in paragraph 6 of "wp-imt"']
		},
		{
			name: 'a paragraph number past the end of the source',
			edit: (d: Raw) => {
				countryIn(d, 'br').tactics[1]!.cite[0]!.para = ref.paragraphs['wp-imt']!.length + 1;
			},
			expected: [
				'country "br" (Brazil): tactics[1].cite[0].para:',
				`source "wp-imt" has ${ref.paragraphs['wp-imt']!.length} paragraphs, not ${ref.paragraphs['wp-imt']!.length + 1}`
			]
		},
		{
			name: 'paragraph 0',
			edit: (d: Raw) => {
				countryIn(d, 'br').tactics[1]!.cite[0]!.para = 0;
			},
			expected: ['country "br" (Brazil): tactics[1].cite[0].para:']
		},
		{
			name: 'an unknown source id',
			edit: (d: Raw) => {
				countryIn(d, 'br').events[1]!.cite[0]!.source = 'wp-cwi';
			},
			expected: ['country "br" (Brazil): events[1].cite[0].source:', 'unknown source "wp-cwi"']
		},
		{
			name: 'a country with no name',
			edit: (d: Raw) => {
				delete (countryIn(d, 'br') as Partial<RawCountry>).name;
			},
			expected: ['country "br": name:']
		},
		{
			name: 'a country with no organisation',
			edit: (d: Raw) => {
				countryIn(d, 'br').bodies = [];
			},
			expected: ['country "br" (Brazil): bodies:', 'needs at least one organisation']
		},
		{
			name: 'an unknown organisation role',
			edit: (d: Raw) => {
				countryIn(d, 'br').bodies[0]!.role = 'faction';
			},
			expected: ['country "br" (Brazil): bodies[0].role:']
		},
		{
			name: 'a period date that does not parse',
			edit: (d: Raw) => {
				periodIn(d, 'pk', 1).from = '2016-13';
			},
			expected: ['country "pk" (Pakistan): periods[1].from:', '"2016-13" is not a date']
		},
		{
			name: 'a dated mention whose date does not parse',
			edit: (d: Raw) => {
				periodIn(d, 'br', 0).knownFrom!.date = 'May 2015';
			},
			expected: ['country "br" (Brazil): periods[0].knownFrom.date:', '"May 2015" is not a date']
		},
		{
			name: 'a period with no source',
			edit: (d: Raw) => {
				periodIn(d, 'br', 0).cite = [];
			},
			expected: ['country "br" (Brazil): periods[0].cite:', 'has no source']
		},
		{
			name: 'a dated mention quoting words its paragraph does not hold',
			edit: (d: Raw) => {
				periodIn(d, 'br', 0).knownFrom!.cite[0]!.quote = 'On 5 May 2016, the Brazilian section';
			},
			expected: [
				'country "br" (Brazil): periods[0].knownFrom.cite[0].quote:',
				'not found word for word in paragraph 7 of "wp-imt"'
			]
		},
		{
			name: 'an unknown period status',
			edit: (d: Raw) => {
				periodIn(d, 'br', 0).status = 'sympathiser';
			},
			expected: ['country "br" (Brazil): periods[0].status:']
		},
		{
			name: 'a country with no status period',
			edit: (d: Raw) => {
				countryIn(d, 'br').periods = [];
			},
			expected: ['country "br" (Brazil): periods:', 'needs at least one status period']
		},
		{
			name: 'a period that starts after it ends',
			edit: (d: Raw) => {
				periodIn(d, 'pk', 1).to = '2015';
			},
			expected: ['country "pk" (Pakistan): periods[1].from:', '"2016" is after the end, to "2015"']
		},
		{
			name: 'a dated mention after the end it comes before',
			edit: (d: Raw) => {
				periodIn(d, 'es', 1).knownFrom!.date = '2010-02';
			},
			expected: [
				'country "es" (Spain): periods[1].knownFrom.date:',
				'"2010-02" is after the end, to "2010-01"'
			]
		},
		{
			name: 'overlapping periods',
			edit: (d: Raw) => {
				const period = periodIn(d, 'es', 2);
				period.from = 'late 2009';
				delete period.knownFrom;
			},
			expected: [
				'country "es" (Spain): periods[2].from:',
				'"late 2009" overlaps periods[1], which ends "2010-01"'
			]
		},
		{
			name: 'a period with no end before another',
			edit: (d: Raw) => {
				periodIn(d, 'es', 1).to = null;
			},
			expected: ['country "es" (Spain): periods[1].to:', 'no end, but periods[2] follows']
		},
		{
			name: 'periods out of date order',
			edit: (d: Raw) => {
				const periods = countryIn(d, 'es').periods;
				[periods[1], periods[2]] = [periods[2]!, periods[1]!];
			},
			expected: ['country "es" (Spain): periods[1].to:', 'no end, but periods[2] follows']
		},
		{
			name: 'an undated start with no note on what the source gives',
			edit: (d: Raw) => {
				delete periodIn(d, 'br', 0).fromNote;
			},
			expected: ['country "br" (Brazil): periods[0].fromNote:', 'missing: with no from date']
		},
		{
			name: 'a first mention beside a start date',
			edit: (d: Raw) => {
				periodIn(d, 'br', 0).from = '2015';
			},
			expected: [
				'country "br" (Brazil): periods[0].knownFrom:',
				'only for a start the source does not date; from is "2015"'
			]
		},
		{
			name: 'a last mention beside an end date',
			edit: (d: Raw) => {
				periodIn(d, 'ie', 0).to = 'early 1992';
			},
			expected: [
				'country "ie" (Ireland): periods[0].knownUntil:',
				'only for an end the source does not date; to is "early 1992"'
			]
		},
		{
			name: 'a last mention with no note on the missing end',
			edit: (d: Raw) => {
				delete periodIn(d, 'ie', 0).toNote;
			},
			expected: ['country "ie" (Ireland): periods[0].toNote:', 'missing: with knownUntil']
		},
		{
			name: 'an undated period before another',
			edit: (d: Raw) => {
				delete periodIn(d, 'pk', 0).knownFrom;
			},
			expected: [
				'country "pk" (Pakistan): periods[0].from:',
				'only the last, open-ended period may be undated'
			]
		},
		{
			name: 'an undated period with an end',
			edit: (d: Raw) => {
				periodIn(d, 'ca', 0).to = '2019';
			},
			expected: [
				'country "ca" (Canada): periods[0].from:',
				'only the last, open-ended period may be undated'
			]
		},
		{
			name: 'a last period that disagrees with the organisations',
			edit: (d: Raw) => {
				periodIn(d, 'pe', 0).status = 'section';
			},
			expected: [
				'country "pe" (Peru): periods[0].status:',
				'"section" disagrees with the status the organisations give, "group"'
			]
		},
		{
			name: 'a bad date outside any country',
			edit: (d: Raw) => {
				d.tendency.events[0]!.date = '1964-00';
			},
			expected: ['tendency.events[0].date:', '"1964-00" is not a date']
		}
	])('reports $name, naming where it is', ({ edit, expected }) => {
		const errors = errorsOf(broken(edit));
		expect(errors, errors.join('; ')).toHaveLength(1);
		for (const part of expected) expect(errors[0]).toContain(part);
	});

	it('reports every problem, not just the first', () => {
		const errors = errorsOf(
			broken((d) => {
				countryIn(d, 'br').iso2 = 'zz';
				countryIn(d, 'fr').events[0]!.cite[0]!.source = 'nowhere';
			})
		);
		expect(errors).toHaveLength(2);
		expect(errors.join('\n')).toContain('country "zz" (Brazil)');
		expect(errors.join('\n')).toContain('country "fr" (France)');
	});

	it('names a country that has no ISO code by its place in the list', () => {
		const index = atlas.countries.findIndex((c) => c.iso2 === 'br');
		const errors = errorsOf(
			broken((d) => {
				delete (countryIn(d, 'br') as Partial<RawCountry>).iso2;
			})
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(`country "#${index + 1}" (Brazil): iso2:`);
	});

	it('rejects something that is not a dataset at all', () => {
		expect(errorsOf(null)).toEqual([expect.stringContaining('(dataset)')]);
	});
});

describe('paragraphsOf', () => {
	it.each([
		{ name: 'one line', input: 'One.', expected: ['One.'] },
		{ name: 'blank lines between paragraphs', input: 'One.\n\nTwo.\n', expected: ['One.', 'Two.'] },
		{ name: 'Windows line ends', input: 'One.\r\n\r\nTwo.', expected: ['One.', 'Two.'] },
		{ name: 'surrounding spaces', input: '  One.  \n \t \nTwo.', expected: ['One.', 'Two.'] },
		{ name: 'nothing', input: '', expected: [] }
	])('splits $name', ({ input, expected }) => {
		expect(paragraphsOf(input)).toEqual(expected);
	});

	it('counts the source as the dataset numbers it: the Publications part ends on the last paragraph', () => {
		const [source] = atlas.sources;
		const lastPara = Math.max(...source!.parts.map((part) => part.paras[1]!));
		expect(ref.paragraphs[source!.id]).toHaveLength(lastPara);
	});
});
