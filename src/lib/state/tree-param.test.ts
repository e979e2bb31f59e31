import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { readTreeChoice, treeChoiceOfAddress, withTreeChoice } from './tree-param';

const { lineage } = dataset;

describe('readTreeChoice', () => {
	it.each([
		{ name: 'nothing', search: '', expected: { org: null, country: null } },
		{ name: 'an organisation', search: '?org=imt', expected: { org: 'imt', country: null } },
		{
			name: 'a country of the tree',
			search: '?country=es',
			expected: { org: null, country: 'es' }
		},
		{
			name: 'both: the organisation wins',
			search: '?country=es&org=lal-salaam',
			expected: { org: 'lal-salaam', country: null }
		},
		{
			name: 'an unknown organisation',
			search: '?org=%3Cscript%3E',
			expected: { org: null, country: null }
		},
		{
			name: 'a country outside the tree',
			search: '?country=de',
			expected: { org: null, country: null }
		},
		{ name: 'another case', search: '?country=ES&org=IMT', expected: { org: null, country: null } },
		{ name: 'repeated', search: '?org=imt&org=imt', expected: { org: null, country: null } }
	])('$name', ({ search, expected }) => {
		expect(readTreeChoice(new URLSearchParams(search), lineage)).toEqual(expected);
	});
});

describe('withTreeChoice', () => {
	const url = (path: string) => new URL(path, 'http://atlas.test');

	it.each([
		{
			name: 'an organisation, keeping the year',
			path: '/es/lineage?year=2010',
			choice: { org: 'imt', country: null },
			expected: '/es/lineage?year=2010&org=imt'
		},
		{
			name: 'a country replaces the organisation',
			path: '/lineage?org=imt',
			choice: { org: null, country: 'pk' },
			expected: '/lineage?country=pk'
		},
		{
			name: 'nothing drops both',
			path: '/lineage?org=imt&year=2016#tree',
			choice: { org: null, country: null },
			expected: '/lineage?year=2016#tree'
		}
	])('$name', ({ path, choice, expected }) => {
		expect(withTreeChoice(url(path), choice)).toBe(expected);
	});
});

describe('treeChoiceOfAddress', () => {
	it('prefers the choice kept in history state to the address it was made on', () => {
		const url = new URL('http://atlas.test/lineage?org=imt');
		expect(treeChoiceOfAddress(url, {}, lineage)).toEqual({ org: 'imt', country: null });
		expect(treeChoiceOfAddress(url, { tree: { org: null, country: 'es' } }, lineage)).toEqual({
			org: null,
			country: 'es'
		});
	});
});
