import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { insideRings, ownerAt, type HitCountry, type Point } from './hit';
import { hitCells, REACH } from './hit-regions.server';
import { hitCountriesOf } from './markup.server';
import { fitProjection, MAP_WIDTH } from './projection';
import { worldRings } from './rings.server';
import { worldFeatures } from './world.server';

const countries = hitCountriesOf(worldRings().rings);
const cells = hitCells(new Map(countries.flatMap((c) => (c.target ? [[c.iso2, c.target]] : []))));
const { projection } = fitProjection({
	type: 'FeatureCollection',
	features: worldFeatures()
} as FeatureCollection);
const at = (lon: number, lat: number) => projection([lon, lat]) as Point;

/** A ring's radius in map units: 14 CSS pixels on a map `px` wide (see WorldMap's CSS). */
const ringAt = (px: number) => (14 * MAP_WIDTH) / px;
// A 360 px phone: the page's padding leaves the map 336 px.
const PHONE = ringAt(336);
const DESKTOP = ringAt(1920);

describe('ownerAt on the real map', () => {
	it.each([
		{
			name: 'the middle of Ireland, under the Netherlands’ ring',
			point: at(-8, 53.3),
			radius: PHONE,
			expected: 'ie'
		},
		{ name: 'Dublin', point: at(-6.26, 53.35), radius: PHONE, expected: 'ie' },
		{ name: 'Amsterdam', point: at(4.9, 52.37), radius: PHONE, expected: 'nl' },
		{
			name: 'Paris, under the Netherlands’ ring',
			point: at(2.35, 48.86),
			radius: PHONE,
			expected: 'fr'
		},
		{ name: 'Brittany, under Ireland’s ring', point: at(-3, 48.3), radius: PHONE, expected: 'fr' },
		{
			name: 'Belfast, under Ireland’s ring',
			point: at(-5.93, 54.6),
			radius: PHONE,
			expected: 'gb'
		},
		{ name: 'London, under both rings', point: at(-0.13, 51.5), radius: PHONE, expected: 'gb' },
		{
			name: 'Milan, under the Netherlands’ ring',
			point: at(9.19, 45.46),
			radius: PHONE,
			expected: 'it'
		},
		{
			name: 'Brussels (no dataset country), nearer the Dutch centre',
			point: at(4.35, 50.85),
			radius: PHONE,
			expected: 'nl'
		},
		{
			name: 'the Irish Sea, nearer the Irish centre',
			point: at(-5.3, 53.4),
			radius: PHONE,
			expected: 'ie'
		},
		{
			name: 'the Celtic Sea, nearer the Irish centre',
			point: at(-8, 50.5),
			radius: PHONE,
			expected: 'ie'
		},
		{ name: 'San Salvador', point: at(-89.2, 13.7), radius: PHONE, expected: 'sv' },
		{
			name: 'Guatemala City (no dataset country), in El Salvador’s ring',
			point: at(-90.5, 14.6),
			radius: PHONE,
			expected: 'sv'
		},
		{
			name: 'Berlin on a desktop, out of every ring',
			point: at(13.4, 52.52),
			radius: DESKTOP,
			expected: null
		},
		{ name: 'the open Atlantic', point: at(-30, 40), radius: PHONE, expected: null }
	])('gives $name to $expected', ({ point, radius, expected }) => {
		expect(ownerAt(countries, point, radius)).toBe(expected);
	});
});

describe('insideRings', () => {
	const square: [number, number][] = [
		[0, 0],
		[10, 0],
		[10, 10],
		[0, 10]
	];
	const hole: [number, number][] = [
		[4, 4],
		[6, 4],
		[6, 6],
		[4, 6]
	];
	it.each([
		{ name: 'inside a square', point: [5, 2] as Point, expected: true },
		{ name: 'outside it', point: [12, 5] as Point, expected: false },
		{ name: 'inside its hole', point: [5, 5] as Point, expected: false }
	])('says $expected $name', ({ point, expected }) => {
		expect(insideRings([square, hole], point)).toBe(expected);
	});
});

/**
 * What the browser's hit testing picks with the built markup: the topmost element under the
 * point. The rings' hit areas, each clipped to its cell, lie under every dataset shape.
 */
function topmostAt(near: HitCountry[], point: Point, radius: number): string | null {
	const shape = near.find((country) => insideRings(country.rings, point));
	if (shape) return shape.iso2;
	const ring = near.find(({ iso2, target }) => {
		const cell = cells.get(iso2);
		const inCircle = target && Math.hypot(point[0] - target.x, point[1] - target.y) <= radius;
		return inCircle && cell && insideRings([cell], point);
	});
	return ring?.iso2 ?? null;
}

/** Whether a country's shape comes within `radius` of a point (by its bounds). */
function reaches({ rings }: HitCountry, { x, y }: { x: number; y: number }, radius: number) {
	const points = rings.flat();
	return (
		points.some(([px]) => px >= x - radius) &&
		points.some(([px]) => px <= x + radius) &&
		points.some(([, py]) => py >= y - radius) &&
		points.some(([, py]) => py <= y + radius)
	);
}

describe('hitCells', () => {
	const rings = countries.filter((c) => c.target);

	it('gives the three tiny dataset countries a cell each', () => {
		expect([...cells.keys()].sort()).toEqual(['ie', 'nl', 'sv']);
	});

	it.each([
		{ name: 'a 360 px phone', radius: PHONE },
		{ name: 'a map 300 px wide', radius: ringAt(300) },
		{ name: 'a tablet', radius: ringAt(700) },
		{ name: 'a desktop', radius: DESKTOP }
	])('makes hit testing follow the rule around every ring on $name', ({ radius }) => {
		expect(radius).toBeLessThanOrEqual(REACH);
		const wrong: string[] = [];
		const step = radius / 20.3;
		let checked = 0;
		for (const { target } of rings) {
			const near = countries.filter((c) => c.target || reaches(c, target!, radius));
			// A grid off the whole units, so no point lies on an edge of the integer shapes.
			for (let dx = -radius; dx <= radius; dx += step) {
				for (let dy = -radius; dy <= radius; dy += step) {
					const point: Point = [target!.x + dx + 0.31, target!.y + dy + 0.29];
					const expected = ownerAt(near, point, radius);
					if (topmostAt(near, point, radius) !== expected) wrong.push(`${point} ${expected}`);
					checked++;
				}
			}
		}
		expect(wrong).toEqual([]);
		expect(checked).toBeGreaterThan(1000);
	});
});
