import { describe, expect, it } from 'vitest';
import { withViewQuery } from './embed-links';

describe('withViewQuery: a view in an address says only how it differs from the default', () => {
	const rows: { name: string; query: Parameters<typeof withViewQuery>[1]; expected: string }[] = [
		{ name: 'today, status', query: { year: null }, expected: '/embed' },
		{ name: 'a year', query: { year: 1992 }, expected: '/embed?year=1992' },
		{ name: 'status named', query: { year: null, colourBy: 'status' }, expected: '/embed' },
		{ name: 'tactic', query: { year: null, colourBy: 'tactic' }, expected: '/embed?colour=tactic' },
		{
			name: 'a year and tactic',
			query: { year: 2010, colourBy: 'tactic' },
			expected: '/embed?year=2010&colour=tactic'
		}
	];
	for (const { name, query, expected } of rows)
		it(name, () => expect(withViewQuery('/embed', query)).toBe(expected));
});
