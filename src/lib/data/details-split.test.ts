import { describe, expect, it } from 'vitest';
import raw from './atlas.json';
import { isDetail, mergeDetails, splitDetails } from './details-split';

describe('isDetail', () => {
	const rows: { name: string; path: string[]; expected: boolean }[] = [
		{ name: 'the family tree', path: ['lineage'], expected: true },
		{ name: "the tendency's ideas", path: ['tendency', 'ideas'], expected: true },
		{ name: "the tendency's summary stays", path: ['tendency', 'summary'], expected: false },
		{ name: "a country's summary", path: ['countries', '3', 'summary'], expected: true },
		{ name: "a country's name stays", path: ['countries', '3', 'name'], expected: false },
		{
			name: "a tactic's summary stays",
			path: ['countries', '3', 'tactics', '0', 'summary'],
			expected: false
		},
		{
			name: 'a citation at any depth',
			path: ['countries', '3', 'events', '2', 'cite'],
			expected: true
		},
		{ name: 'the root is not', path: [], expected: false }
	];
	it.each(rows)('$name', ({ path, expected }) => expect(isDetail(path)).toBe(expected));
});

describe('splitDetails and mergeDetails', () => {
	const rows: { name: string; data: unknown; core: unknown; details: unknown }[] = [
		{ name: 'a scalar has no details', data: 3, core: 3, details: null },
		{
			name: 'a detail field leaves the core',
			data: { tendency: { summary: ['s'], ideas: [{ text: 'i' }] } },
			core: { tendency: { summary: ['s'] } },
			details: { tendency: { ideas: [{ text: 'i' }] } }
		},
		{
			name: 'an array keeps its places',
			data: { countries: [{ name: 'a' }, { name: 'b', summary: 'x', events: [{ cite: [1] }] }] },
			core: { countries: [{ name: 'a' }, { name: 'b', events: [{}] }] },
			details: { countries: [null, { summary: 'x', events: [{ cite: [1] }] }] }
		}
	];
	it.each(rows)('$name', ({ data, core, details }) => {
		const parts = splitDetails(data);
		expect(parts).toEqual({ core, details });
		mergeDetails(parts.core, parts.details);
		expect(parts.core).toEqual(data);
	});

	it('gives the dataset back whole, and its core is under half of it', () => {
		const { core, details } = splitDetails(structuredClone(raw));
		const size = (x: unknown) => JSON.stringify(x).length;
		expect(size(core)).toBeLessThan(size(raw) / 2);
		mergeDetails(core, details);
		expect(core).toEqual(raw);
	});
});
