import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import { UN_TRANSFERS, withUnBorders } from './un-borders.server';
import { simplifiedFeatures, worldFeatures, type CountryFeature } from './world.server';

const RUSSIA = '643';
const UKRAINE = '804';
const atlas = countries50m as unknown as Topology<{ countries: GeometryCollection }>;

const shape = (features: CountryFeature[], id: string) => features.find((f) => f.id === id)!;
const polygons = (f: CountryFeature) =>
	f.geometry.type === 'Polygon' ? 1 : f.geometry.coordinates.length;

describe('borders as the UN recognises them, on the real world-atlas data', () => {
	const drawnAt = {
		'full detail': worldFeatures(),
		'the atlas detail': simplifiedFeatures(0.01)
	};

	describe.each(Object.entries(drawnAt))('at %s', (_, features) => {
		it.each([
			{ place: 'Simferopol', point: [34.1, 44.95], country: UKRAINE },
			{ place: 'Sevastopol', point: [33.52, 44.6], country: UKRAINE },
			{ place: 'Kerch', point: [36.45, 45.34], country: UKRAINE },
			{ place: 'Yevpatoria', point: [33.37, 45.2], country: UKRAINE },
			{ place: 'Kyiv', point: [30.52, 50.45], country: UKRAINE },
			{ place: 'Moscow', point: [37.62, 55.75], country: RUSSIA },
			{
				place: 'the Taman peninsula, across the Kerch strait',
				point: [37.0, 45.2],
				country: RUSSIA
			},
			{ place: 'Rostov-on-Don', point: [39.7, 47.23], country: RUSSIA }
		])('puts $place in $country and not in the other', ({ point, country }) => {
			const other = country === UKRAINE ? RUSSIA : UKRAINE;
			const at = point as [number, number];
			expect(geoContains(shape(features, country), at)).toBe(true);
			expect(geoContains(shape(features, other), at)).toBe(false);
		});
	});

	it("joins Crimea to Ukraine's mainland: no border drawn across the isthmus", () => {
		const before = feature(atlas, atlas.objects.countries).features;
		const ukraineBefore = before.find((f) => f.id === UKRAINE) as unknown as CountryFeature;
		const ukraine = shape(worldFeatures(), UKRAINE);
		expect(polygons(ukraine)).toBe(polygons(ukraineBefore));
	});

	it("takes only Crimea's polygon from Russia", () => {
		const russiaBefore = feature(atlas, atlas.objects.countries).features.find(
			(f) => f.id === RUSSIA
		) as unknown as CountryFeature;
		expect(polygons(shape(worldFeatures(), RUSSIA))).toBe(polygons(russiaBefore) - 1);
	});

	it('leaves the topology it is given unchanged', () => {
		const before = JSON.stringify(atlas.objects.countries);
		withUnBorders(atlas);
		expect(JSON.stringify(atlas.objects.countries)).toBe(before);
	});

	it.each([
		{
			name: 'a shape the topology lacks',
			transfer: { ...UN_TRANSFERS[0]!, to: '999' },
			message: /Crimea: no shape 643 or 999/
		},
		{
			name: 'a point outside the shape it leaves',
			transfer: { ...UN_TRANSFERS[0]!, point: [30.52, 50.45] as [number, number] },
			message: /Crimea: shape 643 does not hold 30.52, 50.45/
		}
	])('fails loudly on $name', ({ transfer, message }) => {
		expect(() => withUnBorders(atlas, [transfer])).toThrow(message);
	});
});
