import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import { countries } from '$lib/data/dataset';
import { reference } from '$lib/server/reference';
import { shapeIds, simplifiedFeatures, worldFeatures, type CountryFeature } from './world.server';

/** The atlas read straight from world-atlas, without this module's filtering. */
const topology = countries50m as unknown as Topology<{
	countries: GeometryCollection<{ name: string }>;
}>;
const atlasFeatures = (
	feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
).features;
const ANTARCTICA = '010';

const vertexCount = (f: CountryFeature) =>
	(f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
		.flat()
		.reduce((sum, ring) => sum + ring.length, 0);

describe('shapeIds', () => {
	const ids = shapeIds();
	const { numericCode } = reference();
	const drawn = worldFeatures();

	it('holds the ISO numeric id of every drawn atlas shape that has one', () => {
		const withId = atlasFeatures.flatMap((f) =>
			typeof f.id === 'string' && f.id !== ANTARCTICA ? [f.id] : []
		);
		expect([...ids].sort()).toEqual([...new Set(withId)].sort());
	});

	it.each(countries.map((c) => ({ name: c.name, iso2: c.iso2 })))(
		'has a shape for $name ($iso2), and the map draws it',
		({ iso2 }) => {
			const numeric = numericCode(iso2);
			expect(numeric).toMatch(/^\d{3}$/);
			expect(ids.has(numeric!)).toBe(true);
			expect(drawn.filter((f) => f.id === numeric)).toHaveLength(1);
		}
	);
});

describe('worldFeatures', () => {
	const features = worldFeatures();

	it('leaves out Antarctica, so no dataset entry can point at it', () => {
		expect(shapeIds().has(ANTARCTICA)).toBe(false);
		expect(features.some((f) => f.id === ANTARCTICA)).toBe(false);
	});

	it('gives every feature a name and an area', () => {
		for (const f of features) {
			expect(f.properties.name, f.id).not.toBe('');
			expect(['Polygon', 'MultiPolygon'], f.properties.name).toContain(f.geometry.type);
			expect(vertexCount(f), f.properties.name).toBeGreaterThanOrEqual(4);
		}
	});

	it('draws every atlas shape but Antarctica, including those world-atlas gives no ISO id', () => {
		// world-atlas has no id for Somaliland, Kosovo, N. Cyprus, Siachen Glacier and the Indian
		// Ocean Territories; filtering on a string id drops them and leaves holes in the map.
		const drawn = new Set(features.map((f) => f.properties.name));
		const missing = atlasFeatures
			.filter((f) => f.id !== ANTARCTICA)
			.map((f) => f.properties.name)
			.filter((name) => !drawn.has(name));
		expect(missing).toEqual([]);
	});
});

describe('simplifiedFeatures', () => {
	const full = worldFeatures();
	const simplified = simplifiedFeatures(0.05);

	it('keeps every feature, in the same order', () => {
		expect(simplified.map((f) => [f.id, f.properties.name])).toEqual(
			full.map((f) => [f.id, f.properties.name])
		);
	});

	it('removes points, and more of them for a larger threshold', () => {
		const total = (list: CountryFeature[]) => list.reduce((sum, f) => sum + vertexCount(f), 0);
		const coarser = simplifiedFeatures(0.5);
		expect(total(simplified)).toBeLessThan(total(full));
		expect(total(coarser)).toBeLessThan(total(simplified));
	});

	it('leaves the shared topology alone, so simplifying twice gives the same shapes', () => {
		const before = JSON.stringify(worldFeatures());
		expect(simplifiedFeatures(0.05)).toEqual(simplified);
		expect(JSON.stringify(worldFeatures())).toBe(before);
	});

	it.each([
		{ name: 'Brazil and Bolivia', input: ['Brazil', 'Bolivia'] },
		{ name: 'France and Spain', input: ['France', 'Spain'] },
		{ name: 'Pakistan and Iran', input: ['Pakistan', 'Iran'] }
	])('keeps the border of $name identical on both sides', ({ input: [a, b] }) => {
		const pointsOf = (list: CountryFeature[], name: string) => {
			const f = list.find((x) => x.properties.name === name)!;
			const rings =
				f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
			return new Set(rings.flat().map((p) => `${p[0]},${p[1]}`));
		};
		const fullA = pointsOf(full, a!);
		const border = [...pointsOf(full, b!)].filter((p) => fullA.has(p));
		expect(border.length).toBeGreaterThan(10);
		const keptByA = pointsOf(simplified, a!);
		const keptByB = pointsOf(simplified, b!);
		const kept = border.filter((p) => keptByA.has(p));
		expect(kept.length).toBeLessThan(border.length);
		expect(border.filter((p) => keptByB.has(p))).toEqual(kept);
	});
});
