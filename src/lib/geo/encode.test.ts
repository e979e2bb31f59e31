import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { decodeRings, encodeRings, ringArea, RingCollector, type Ring } from './encode';
import { fitProjection, simplificationArea } from './projection';
import { simplifiedFeatures, worldFeatures, type CountryFeature } from './world.server';

describe('encodeRings and decodeRings', () => {
	it.each([
		{
			name: 'one triangle',
			input: [
				[
					[0, 0],
					[10, 0],
					[10, 10]
				]
			] as Ring[],
			expected: 'M0 0l10 0 0 10z'
		},
		{
			name: 'negative coordinates and deltas, joined by their minus signs',
			input: [
				[
					[-5, 3],
					[-8, -1],
					[2, -1],
					[2, 7]
				]
			] as Ring[],
			expected: 'M-5 3l-3-4 10 0 0 8z'
		},
		{
			name: 'two rings, the second moved relative to the start of the first',
			input: [
				[
					[100, 50],
					[110, 50],
					[110, 60]
				],
				[
					[95, 40],
					[90, 45],
					[90, 40]
				]
			] as Ring[],
			expected: 'M100 50l10 0 0 10zm-5-10-5 5 0-5z'
		},
		{
			name: 'three rings in different directions',
			input: [
				[
					[1920, 860],
					[1900, 850],
					[1910, 840]
				],
				[
					[0, 0],
					[3, 0],
					[3, 3],
					[0, 3]
				],
				[
					[40, 4],
					[41, 9],
					[36, 6]
				]
			] as Ring[],
			expected: 'M1920 860l-20-10 10-10zm-1920-860 3 0 0 3-3 0zm40 4 1 5-5-3z'
		}
	])('writes $name and reads it back', ({ input, expected }) => {
		const d = encodeRings(input);
		expect(d).toBe(expected);
		expect(decodeRings(d)).toEqual(input);
	});

	it('writes nothing for no rings', () => {
		expect(encodeRings([])).toBe('');
		expect(decodeRings('')).toEqual([]);
	});

	it('reads the absolute commands SVG also allows', () => {
		expect(decodeRings('M1 2L5 2L5 6Z')).toEqual([
			[
				[1, 2],
				[5, 2],
				[5, 6]
			]
		]);
	});
});

describe('ringArea', () => {
	it.each([
		{
			name: 'a unit square',
			input: [
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 1]
			] as Ring,
			expected: 1
		},
		{
			name: 'the same square wound the other way',
			input: [
				[0, 0],
				[0, 1],
				[1, 1],
				[1, 0]
			] as Ring,
			expected: 1
		},
		{
			name: 'a 4 by 3 right triangle',
			input: [
				[0, 0],
				[4, 0],
				[0, 3]
			] as Ring,
			expected: 6
		},
		{
			name: 'a square away from the origin',
			input: [
				[-10, -10],
				[-7, -10],
				[-7, -7],
				[-10, -7]
			] as Ring,
			expected: 9
		},
		{
			name: 'three points on a line',
			input: [
				[0, 0],
				[1, 1],
				[2, 2]
			] as Ring,
			expected: 0
		}
	])('is $expected for $name', ({ input, expected }) => {
		expect(ringArea(input)).toBeCloseTo(expected, 12);
	});
});

/** Draws rings into a collector the way d3 does: moveTo, lineTo…, closePath. */
function draw(collector: RingCollector, rings: Ring[]): void {
	for (const ring of rings) {
		ring.forEach(([x, y], i) => (i ? collector.lineTo(x, y) : collector.moveTo(x, y)));
		collector.closePath();
	}
}

/** An axis-aligned square ring of the given side, at (x, y). */
const square = (x: number, y: number, side: number): Ring => [
	[x, y],
	[x + side, y],
	[x + side, y + side],
	[x, y + side]
];

describe('RingCollector', () => {
	it.each([
		{
			name: 'rounds to whole units',
			input: [
				[
					[0.4, -0.6],
					[9.6, 0.2],
					[10.49, 9.5]
				]
			] as Ring[],
			expected: [
				[
					[0, -1],
					[10, 0],
					[10, 10]
				]
			]
		},
		{
			name: 'drops consecutive duplicates, before and after rounding, and the closing point',
			input: [
				[
					[0, 0],
					[0.2, 0.1],
					[10, 0],
					[10, 0],
					[10.3, 0.3],
					[10, 10],
					[0, 0]
				]
			] as Ring[],
			expected: [
				[
					[0, 0],
					[10, 0],
					[10, 10]
				]
			]
		},
		{
			name: 'keeps a point that repeats a non-consecutive one',
			input: [
				[
					[0, 0],
					[4, 0],
					[4, 4],
					[4, 0],
					[0, 4]
				]
			] as Ring[],
			expected: [
				[
					[0, 0],
					[4, 0],
					[4, 4],
					[4, 0],
					[0, 4]
				]
			]
		},
		{
			name: 'drops a ring that rounds to two points',
			input: [
				[
					[0, 0],
					[0.4, 0.4],
					[5, 0],
					[5.2, -0.1]
				],
				square(20, 20, 2)
			] as Ring[],
			expected: [square(20, 20, 2)]
		},
		{
			name: 'drops a ring that rounds to a single point',
			input: [
				[
					[3.1, 3.1],
					[3.2, 2.9],
					[2.9, 3.3]
				],
				square(0, 0, 1)
			] as Ring[],
			expected: [square(0, 0, 1)]
		}
	])('$name', ({ input, expected }) => {
		const collector = new RingCollector();
		draw(collector, input);
		expect(collector.takeRings()).toEqual(expected);
	});

	it.each([
		{
			name: 'drops rings under minArea and keeps the rest in order',
			minArea: 5,
			input: [square(0, 0, 2), square(10, 10, 7), square(30, 0, 1), square(40, 40, 3)],
			expected: [square(10, 10, 7), square(40, 40, 3)]
		},
		{
			name: 'keeps a ring of exactly minArea',
			minArea: 4,
			input: [square(0, 0, 2), square(10, 0, 1)],
			expected: [square(0, 0, 2)]
		},
		{
			name: 'keeps the largest ring even when it is under minArea',
			minArea: 100,
			input: [square(0, 0, 1), square(10, 0, 3), square(20, 0, 2)],
			expected: [square(10, 0, 3)]
		},
		{
			name: 'keeps every largest ring when two tie',
			minArea: 100,
			input: [square(0, 0, 3), square(10, 0, 1), square(20, 0, 3)],
			expected: [square(0, 0, 3), square(20, 0, 3)]
		}
	])('$name', ({ minArea, input, expected }) => {
		const collector = new RingCollector(minArea);
		draw(collector, input);
		expect(collector.takeRings()).toEqual(expected);
	});

	it('starts afresh after each take, so each feature gets only its own rings', () => {
		const collector = new RingCollector(10);
		draw(collector, [square(0, 0, 5)]);
		expect(collector.take()).toBe('M0 0l5 0 0 5-5 0z');
		draw(collector, [square(100, 100, 1)]);
		expect(collector.take()).toBe('M100 100l1 0 0 1-1 0z');
		expect(collector.take()).toBe('');
	});

	it('leaves out an unclosed ring (a line, not a polygon)', () => {
		const collector = new RingCollector();
		collector.moveTo(0, 0);
		collector.lineTo(10, 0);
		collector.lineTo(10, 10);
		draw(collector, [square(50, 50, 4)]);
		expect(collector.takeRings()).toEqual([square(50, 50, 4)]);
	});
});

describe('RingCollector on real world-atlas data', () => {
	const all = worldFeatures();
	const { projection } = fitProjection({
		type: 'FeatureCollection',
		features: all
	} as FeatureCollection);
	const byName = (features: CountryFeature[], name: string) => {
		const found = features.find((f) => f.properties.name === name);
		if (!found) throw new Error(`no feature named ${name}`);
		return found;
	};
	const brazil = byName(all, 'Brazil');
	const simplifiedBrazil = byName(
		simplifiedFeatures(simplificationArea(projection, 1.5)),
		'Brazil'
	);

	function collect(feature: CountryFeature): { rings: Ring[]; d: string } {
		const collector = new RingCollector(3);
		const path = geoPath(projection, collector);
		path(feature);
		const rings = collector.takeRings();
		path(feature);
		return { rings, d: collector.take() };
	}

	function boundsOf(rings: Ring[]): [[number, number], [number, number]] {
		const points = rings.flat();
		const xs = points.map((p) => p[0]);
		const ys = points.map((p) => p[1]);
		return [
			[Math.min(...xs), Math.min(...ys)],
			[Math.max(...xs), Math.max(...ys)]
		];
	}

	it.each([
		{ name: 'unsimplified', feature: brazil },
		{ name: 'simplified as the map draws it', feature: simplifiedBrazil }
	])("writes Brazil's $name shape as path data that reads back", ({ feature }) => {
		const { rings, d } = collect(feature);
		expect(rings.length).toBeGreaterThan(0);
		expect(d).toMatch(/^M-?\d+ -?\d+l[-\d ]+z(m[-\d ]+z)*$/);
		expect(decodeRings(d)).toEqual(rings);
	});

	it.each([
		{ name: 'unsimplified', feature: brazil },
		{ name: 'simplified as the map draws it', feature: simplifiedBrazil }
	])("keeps Brazil's $name bounds within 3 units of d3's for the full shape", ({ feature }) => {
		const expected = geoPath(projection).bounds(brazil);
		const actual = boundsOf(decodeRings(collect(feature).d));
		for (const corner of [0, 1] as const) {
			for (const axis of [0, 1] as const) {
				expect(Math.abs(actual[corner][axis] - expected[corner][axis])).toBeLessThanOrEqual(3);
			}
		}
	});

	it("keeps Brazil's area within 2% of d3's for the full shape (Equal Earth is equal-area)", () => {
		const expected = geoPath(projection).area(brazil);
		const actual = decodeRings(collect(simplifiedBrazil).d).reduce(
			(sum, r) => sum + ringArea(r),
			0
		);
		expect(Math.abs(actual - expected) / expected).toBeLessThan(0.02);
	});
});
