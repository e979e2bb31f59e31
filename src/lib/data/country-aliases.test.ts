import { describe, expect, it } from 'vitest';
import { aliasesOf, type Aliases } from './country-aliases';

const ISO: Aliases = {
	gb: ['United Kingdom', 'UK', 'Great Britain'],
	us: ['United States of America', 'United States', 'USA', 'US'],
	fr: ['France']
};
const iso = (iso2: string) => ISO[iso2] ?? [];

interface Row {
	name: string;
	countries: { iso2: string; name: string }[];
	added: Aliases;
	expected: Aliases;
}

describe('aliasesOf', () => {
	it.each<Row>([
		{
			name: "ISO's names, then ours",
			countries: [{ iso2: 'gb', name: 'United Kingdom' }],
			added: { gb: ['Britain'] },
			expected: { gb: ['UK', 'Great Britain', 'Britain'] }
		},
		{
			name: 'not the name the atlas shows, wherever it is in the list',
			countries: [{ iso2: 'us', name: 'United States' }],
			added: {},
			expected: { us: ['United States of America', 'USA', 'US'] }
		},
		{
			name: 'a name once, whatever its case',
			countries: [{ iso2: 'gb', name: 'United Kingdom' }],
			added: { gb: ['uk', 'Britain', 'BRITAIN'] },
			expected: { gb: ['UK', 'Great Britain', 'Britain'] }
		},
		{
			name: 'no entry for a country with no other name',
			countries: [{ iso2: 'fr', name: 'France' }],
			added: {},
			expected: {}
		},
		{
			name: 'only ours for a code ISO does not know',
			countries: [{ iso2: 'xk', name: 'Kosovo' }],
			added: { xk: ['Kosova'] },
			expected: { xk: ['Kosova'] }
		},
		{
			name: 'nothing for a country outside the list given',
			countries: [],
			added: { gb: ['Britain'] },
			expected: {}
		}
	])('gives $name', ({ countries, added, expected }) => {
		expect(aliasesOf(countries, iso, added)).toEqual(expected);
	});
});
