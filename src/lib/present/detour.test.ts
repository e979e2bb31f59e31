import { describe, expect, it } from 'vitest';
import { countries } from '$lib/data/dataset';
import { detourMove, detourOfAddress, readDetour, withDetour } from './detour';

describe('readDetour', () => {
	it.each([
		{ query: '?detour=br', expected: 'br' },
		{ query: '?stop=5&detour=BR', expected: 'br' },
		{ query: '?detour=%20fr%20', expected: 'fr' },
		// Not a country of the atlas, or nothing at all: no detour.
		{ query: '?detour=zz', expected: null },
		{ query: '?detour=', expected: null },
		{ query: '?detour=<b>', expected: null },
		{ query: '?stop=5', expected: null },
		// Two detours: the first counts, as with the tour and the stop.
		{ query: '?detour=gb&detour=br', expected: 'gb' }
	])('$query: $expected', ({ query, expected }) => {
		expect(readDetour(new URLSearchParams(query), countries)).toBe(expected);
	});
});

describe('detourOfAddress', () => {
	const url = (query: string) => new URL(`https://atlas.example/present${query}`);
	it.each([
		// Loaded with a detour, nothing done since: the address's.
		{ query: '?stop=5&detour=br', state: {}, expected: 'br' },
		// Started, switched or ended since: the history state's, whatever the loaded address said.
		{ query: '?stop=5', state: { detour: 'pk' }, expected: 'pk' },
		{ query: '?stop=5&detour=br', state: { detour: 'fr' }, expected: 'fr' },
		{ query: '?stop=5&detour=br', state: { detour: null }, expected: null },
		{ query: '?stop=5', state: {}, expected: null }
	])('$query with $state: $expected', ({ query, state, expected }) => {
		expect(detourOfAddress(url(query), state, countries)).toBe(expected);
	});
});

describe('withDetour', () => {
	it.each([
		{ search: '?stop=5', iso2: 'br', expected: '?stop=5&detour=br' },
		{ search: '?tour=history&stop=5', iso2: 'gb', expected: '?tour=history&stop=5&detour=gb' },
		{ search: '?stop=5', iso2: null, expected: '?stop=5' },
		{ search: '', iso2: 'br', expected: '?detour=br' }
	])('$search with $iso2: $expected', ({ search, iso2, expected }) => {
		expect(withDetour(search, iso2)).toBe(expected);
	});

	it('is read back as it was written', () => {
		const search = withDetour('?tour=gb,br&stop=2', 'pk');
		expect(readDetour(new URLSearchParams(search), countries)).toBe('pk');
	});
});

describe('detourMove', () => {
	it.each([
		// A clicker's buttons and its stop button return to the stop, and go no further.
		{ type: 'next', move: 'return' },
		{ type: 'previous', move: 'return' },
		{ type: 'escape', move: 'return' },
		// A stop asked for by name is gone to.
		{ type: 'first', move: 'end' },
		{ type: 'last', move: 'end' },
		{ type: 'goto', move: 'end' },
		// The rest leave the detour shown.
		{ type: 'blackout', move: 'keep' },
		{ type: 'theme', move: 'keep' },
		{ type: 'help', move: 'keep' },
		{ type: 'fullscreen', move: 'keep' },
		{ type: 'start', move: 'keep' },
		{ type: 'find', move: 'keep' },
		{ type: 'presenter', move: 'keep' }
	] as const)('$type: $move', ({ type, move }) => {
		expect(detourMove(type)).toBe(move);
	});
});
