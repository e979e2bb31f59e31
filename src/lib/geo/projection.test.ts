import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { ringArea, type Ring } from './encode';
import {
	fitProjection,
	MAP_HEIGHT,
	MAP_PADDING,
	MAP_WIDTH,
	simplificationArea
} from './projection';
import { worldFeatures } from './world.server';

const land = { type: 'FeatureCollection', features: worldFeatures() } as FeatureCollection;
const { projection } = fitProjection(land);

/**
 * Equal Earth (Šavrič, Patterson and Jenny 2018), written out from the paper's formulas so the
 * test does not take d3's word for where a point goes: x and y on the unit sphere, y up.
 */
function equalEarth([lon, lat]: [number, number]): [number, number] {
	const [a1, a2, a3, a4] = [1.340264, -0.081106, 0.000893, 0.003796];
	const lambda = (lon * Math.PI) / 180;
	const theta = Math.asin((Math.sqrt(3) / 2) * Math.sin((lat * Math.PI) / 180));
	const t2 = theta * theta;
	const t6 = t2 * t2 * t2;
	const x =
		(2 * Math.sqrt(3) * lambda * Math.cos(theta)) /
		(3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1));
	const y = theta * (a4 * t6 * t2 + a3 * t6 + a2 * t2 + a1);
	return [x, y];
}

describe('fitProjection on the world atlas', () => {
	const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(land);

	it('keeps the land inside the map, less the padding', () => {
		expect(x0).toBeGreaterThanOrEqual(MAP_PADDING - 1e-6);
		expect(y0).toBeGreaterThanOrEqual(MAP_PADDING - 1e-6);
		expect(x1).toBeLessThanOrEqual(MAP_WIDTH - MAP_PADDING + 1e-6);
		expect(y1).toBeLessThanOrEqual(MAP_HEIGHT - MAP_PADDING + 1e-6);
	});

	it('fills the box: the land touches a pair of opposite edges', () => {
		const touchesSides = x0 - MAP_PADDING < 1 && MAP_WIDTH - MAP_PADDING - x1 < 1;
		const touchesTopAndBottom = y0 - MAP_PADDING < 1 && MAP_HEIGHT - MAP_PADDING - y1 < 1;
		expect(touchesSides || touchesTopAndBottom).toBe(true);
	});

	it('centres the land in the box', () => {
		expect((x0 + x1) / 2).toBeCloseTo(MAP_WIDTH / 2, 0);
		expect((y0 + y1) / 2).toBeCloseTo(MAP_HEIGHT / 2, 0);
	});

	it.each([
		{ name: 'Buenos Aires', input: [-58.3816, -34.6037] as [number, number] },
		{ name: 'San Salvador', input: [-89.2182, 13.6929] as [number, number] },
		{ name: 'London', input: [-0.1276, 51.5072] as [number, number] },
		{ name: 'Karachi', input: [67.0011, 24.8607] as [number, number] },
		{ name: 'Moscow', input: [37.6173, 55.7558] as [number, number] },
		{ name: 'Wellington', input: [174.7762, -41.2865] as [number, number] }
	])('puts $name where the Equal Earth formulas do, and inverts it back', ({ input }) => {
		const point = projection(input);
		expect(point).not.toBeNull();
		const [x, y] = point!;
		const [ex, ey] = equalEarth(input);
		const [tx, ty] = projection.translate();
		expect(x).toBeCloseTo(tx + projection.scale() * ex, 6);
		expect(y).toBeCloseTo(ty - projection.scale() * ey, 6);

		const back = projection.invert!([x, y]);
		expect(back).not.toBeNull();
		expect(Math.abs(back![0] - input[0])).toBeLessThan(1e-6);
		expect(Math.abs(back![1] - input[1])).toBeLessThan(1e-6);
	});

	it('puts the prime meridian and the equator at the middle of the map', () => {
		const [x] = projection([0, 0])!;
		const [, yNorth] = projection([0, 60])!;
		const [, ySouth] = projection([0, -60])!;
		expect(x).toBeCloseTo(projection.translate()[0], 9);
		expect((yNorth + ySouth) / 2).toBeCloseTo(projection.translate()[1], 9);
		expect(yNorth).toBeLessThan(ySouth);
	});
});

describe('simplificationArea', () => {
	it.each([
		{ name: 'twice the tolerance', input: 2, expected: 4 },
		{ name: 'three times the tolerance', input: 3, expected: 9 },
		{ name: 'half the tolerance', input: 0.5, expected: 0.25 },
		{ name: 'ten times the tolerance', input: 10, expected: 100 }
	])(
		'grows with the square of the length: $name gives $expected times the area',
		({ input, expected }) => {
			const base = simplificationArea(projection, 1.5);
			expect(simplificationArea(projection, 1.5 * input) / base).toBeCloseTo(expected, 9);
		}
	);

	it('halves its side in degrees when the map is drawn twice as large', () => {
		const bigger = fitProjection(land).projection.scale(projection.scale() * 2);
		expect(Math.sqrt(simplificationArea(bigger, 1.5))).toBeCloseTo(
			Math.sqrt(simplificationArea(projection, 1.5)) / 2,
			12
		);
	});

	it.each([
		{ name: '1 unit', input: 1 },
		{ name: '1.5 units (the map detail)', input: 1.5 },
		{ name: '4 units', input: 4 }
	])('is the square of degrees that covers $name squared at the equator', ({ input }) => {
		// Equal Earth keeps areas, so a patch on the equator of the returned size should project
		// to a patch of input² square map units.
		const side = Math.sqrt(simplificationArea(projection, input));
		const corners: Array<[number, number]> = [
			[-side / 2, -side / 2],
			[side / 2, -side / 2],
			[side / 2, side / 2],
			[-side / 2, side / 2]
		];
		const projected = corners.map((c) => projection(c)!) as Ring;
		expect(ringArea(projected) / (input * input)).toBeCloseTo(1, 3);
	});
});
