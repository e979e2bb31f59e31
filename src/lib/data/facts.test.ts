import { describe, expect, it } from 'vitest';
import atlas from './atlas.json';
import { citedFacts } from './facts';

const cite = (quote: string) => [{ source: 'wp-imt', para: 1, quote }];

describe('citedFacts', () => {
	it.each([
		{ name: 'nothing', input: null, expected: [] },
		{
			name: 'a tendency event',
			input: { tendency: { events: [{ id: 'a', cite: cite('one two three') }] } },
			expected: [{ path: 'tendency/events/a', quotes: ['one two three'] }]
		},
		{
			name: "a period's own citation and its dated mention's",
			input: {
				countries: [
					{
						iso2: 'gb',
						periods: [
							{ id: 'p', cite: cite('own'), knownFrom: { date: '1964', cite: cite('from') } }
						]
					}
				]
			},
			expected: [{ path: 'gb/periods/p', quotes: ['own', 'from'] }]
		},
		{
			name: "a lineage link and an organisation's dated mention",
			input: {
				lineage: {
					organisations: [
						{ id: 'o', cite: cite('org'), knownUntil: { date: '2011', cite: cite('until') } }
					],
					links: [{ id: 'l', cite: cite('link') }]
				}
			},
			expected: [
				{ path: 'lineage/organisations/o', quotes: ['org', 'until'] },
				{ path: 'lineage/links/l', quotes: ['link'] }
			]
		},
		{
			name: 'a fact without an id, named by its place',
			input: { countries: [{ iso2: 'br', events: [{ cite: cite('x') }, { id: 'y', cite: [] }] }] },
			expected: [
				{ path: 'br/events/#1', quotes: ['x'] },
				{ path: 'br/events/y', quotes: [] }
			]
		}
	])('names $name', ({ input, expected }) => {
		const found = citedFacts(input).map((f) => ({
			path: f.path,
			quotes: f.cite.map((c) => c.quote)
		}));
		expect(found).toEqual(expected);
	});

	it('gives every fact of the real dataset a distinct path and at least one citation', () => {
		const facts = citedFacts(atlas);
		expect(new Set(facts.map((f) => f.path)).size).toBe(facts.length);
		expect(facts.filter((f) => f.cite.length === 0)).toEqual([]);
		expect(facts.length).toBeGreaterThan(100);
	});
});
