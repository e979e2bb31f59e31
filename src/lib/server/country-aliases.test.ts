import { describe, expect, it } from 'vitest';
import aliasesInTheBundle from 'virtual:country-aliases';
import { countries } from '../data/dataset';
import { ADDED_ALIASES } from '../data/country-aliases';
import { datasetAliases, isoNames } from './country-aliases';

describe("the dataset's country aliases, from ISO's list", () => {
	it.each([
		{ iso2: 'gb', names: ['UK', 'Great Britain', 'Britain'] },
		{ iso2: 'us', names: ['USA', 'US', 'United States of America', 'America'] },
		{ iso2: 'nl', names: ['The Netherlands', 'Holland'] },
		{ iso2: 'ru', names: ['Russian Federation'] },
		{ iso2: 'ir', names: ['Islamic Republic of Iran'] }
	])('knows $iso2 as $names', ({ iso2, names }) => {
		expect(datasetAliases()[iso2]).toEqual(expect.arrayContaining(names));
	});

	it('names only countries of the dataset', () => {
		const codes = new Set(countries.map((c) => c.iso2));
		expect(Object.keys(datasetAliases()).filter((iso2) => !codes.has(iso2))).toEqual([]);
	});

	it('is what the build plugin hands the browser', () => {
		expect(aliasesInTheBundle).toEqual(datasetAliases());
	});

	it.each(Object.entries(ADDED_ALIASES))(
		"adds to %s only names ISO's list lacks (%j)",
		(iso2, names) => {
			const known = isoNames(iso2).map((n) => n.toLowerCase());
			expect(names.filter((n) => known.includes(n.toLowerCase()))).toEqual([]);
		}
	);
});
