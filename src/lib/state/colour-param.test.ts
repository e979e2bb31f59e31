import { describe, expect, it } from 'vitest';
import { colourOfAddress, readColour, withColour } from './colour-param';

describe('readColour', () => {
	it.each([
		{ name: 'nothing: status', search: '', expected: 'status' },
		{ name: 'tactic', search: '?colour=tactic', expected: 'tactic' },
		{ name: 'status said outright', search: '?colour=status', expected: 'status' },
		{ name: 'beside a year', search: '?year=2010&colour=tactic', expected: 'tactic' },
		{ name: 'another case: not ours', search: '?colour=Tactic', expected: 'status' },
		{ name: 'unknown value', search: '?colour=%3Cscript%3E', expected: 'status' },
		{ name: 'empty', search: '?colour=', expected: 'status' },
		{ name: 'repeated, even alike', search: '?colour=tactic&colour=tactic', expected: 'status' },
		{ name: 'the American spelling is another key', search: '?color=tactic', expected: 'status' }
	])('$name', ({ search, expected }) => {
		expect(readColour(new URLSearchParams(search))).toBe(expected);
	});
});

describe('withColour', () => {
	const url = (path: string) => new URL(path, 'http://atlas.test');

	it.each([
		{ name: 'adds tactic', path: '/', colour: 'tactic', expected: '/?colour=tactic' },
		{
			name: 'keeps year, country and hash',
			path: '/es/country/br?year=2010#events',
			colour: 'tactic',
			expected: '/es/country/br?year=2010&colour=tactic#events'
		},
		{
			name: 'status drops it',
			path: '/country/br?colour=tactic&year=1992',
			colour: 'status',
			expected: '/country/br?year=1992'
		},
		{
			name: 'replaces repeated values',
			path: '/?colour=x&colour=y',
			colour: 'tactic',
			expected: '/?colour=tactic'
		},
		{ name: 'status on a bare address', path: '/list', colour: 'status', expected: '/list' }
	] as const)('$name', ({ path, colour, expected }) => {
		expect(withColour(url(path), colour)).toBe(expected);
	});

	it('round-trips through readColour', () => {
		for (const colour of ['status', 'tactic'] as const) {
			const written = url(withColour(url('/?year=2000'), colour));
			expect(readColour(written.searchParams)).toBe(colour);
		}
	});
});

describe('colourOfAddress', () => {
	const url = (search: string) => new URL(`https://atlas.test/country/br${search}`);
	it.each([
		{ name: 'the query alone', search: '?colour=tactic', state: {}, expected: 'tactic' },
		{ name: 'nothing anywhere', search: '', state: {}, expected: 'status' },
		{
			name: 'chosen since: it wins over the query',
			search: '?colour=tactic',
			state: { colour: 'status' },
			expected: 'status'
		},
		{
			name: 'a panel opened, no colour chosen',
			search: '?colour=tactic',
			state: { selected: 'br' },
			expected: 'tactic'
		}
	] as const)('$name', ({ search, state, expected }) => {
		expect(colourOfAddress(url(search), state)).toBe(expected);
	});
});
