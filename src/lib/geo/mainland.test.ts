import { describe, expect, it } from 'vitest';
import countryCodes from 'i18n-iso-countries';
import { MAP_WIDTH } from './projection';
import { mainlandBounds, type Bounds } from './mainland';
import { worldRings } from './rings.server';
import { ringArea, type Ring } from './encode';

const { rings } = worldRings();
const ringsOf = (iso2: string): Ring[] =>
	rings.get(countryCodes.alpha2ToNumeric(iso2.toUpperCase())!) ?? [];

const width = ([[x0], [x1]]: Bounds) => x1 - x0;
const contains = ([[x0, y0], [x1, y1]]: Bounds, [x, y]: [number, number]) =>
	x >= x0 && x <= x1 && y >= y0 && y <= y1;
const centreOf = (ring: Ring): [number, number] => [
	ring.reduce((s, p) => s + p[0], 0) / ring.length,
	ring.reduce((s, p) => s + p[1], 0) / ring.length
];
/** The rings, largest area first. */
const bySize = (list: Ring[]): Ring[] => [...list].sort((a, b) => ringArea(b) - ringArea(a));
const allBounds = (list: Ring[]): Bounds => [
	[Math.min(...list.flat().map((p) => p[0])), Math.min(...list.flat().map((p) => p[1]))],
	[Math.max(...list.flat().map((p) => p[0])), Math.max(...list.flat().map((p) => p[1]))]
];

describe('mainlandBounds on the real map', () => {
	it('frames metropolitan France, not French Guiana', () => {
		const france = ringsOf('fr');
		const bounds = mainlandBounds(france);
		// French Guiana lies far to the south-west: its ring's centre must fall outside.
		const guiana = france.find((r) => centreOf(r)[0] < allBounds(france)[0][0] + 60)!;
		expect(guiana).toBeDefined();
		expect(contains(bounds, centreOf(guiana))).toBe(false);
		expect(width(bounds)).toBeLessThan(width(allBounds(france)) / 5);
	});

	it('frames the contiguous United States, not Alaska or Hawaii', () => {
		const us = ringsOf('us');
		const bounds = mainlandBounds(us);
		const [contiguous, alaska] = bySize(us);
		// Alaska lies across Canada, close in distance but far out of the frame's way: none of it
		// may be inside, and the frame is the contiguous states' own, give or take coastal islands.
		expect(alaska!.some((point) => contains(bounds, point))).toBe(false);
		const own = allBounds([contiguous!]);
		for (const side of [0, 1] as const) {
			for (const axis of [0, 1] as const) {
				expect(Math.abs(bounds[side][axis] - own[side][axis])).toBeLessThan(width(own) * 0.02);
			}
		}
		// Hawaii (and the Aleutians) are the westernmost parts; the frame starts well east of them.
		expect(bounds[0][0] - allBounds(us)[0][0]).toBeGreaterThan(width(bounds) * 0.3);
	});

	it('keeps Crete with Greece: near, and a small detour for the frame', () => {
		const greece = ringsOf('gr');
		const crete = bySize(greece)[1]!;
		const bounds = mainlandBounds(greece);
		expect(crete.every((point) => contains(bounds, point))).toBe(true);
	});

	it('does not let Russia span the map across the antimeridian', () => {
		const russia = ringsOf('ru');
		expect(width(allBounds(russia))).toBeGreaterThan(MAP_WIDTH * 0.6);
		expect(width(mainlandBounds(russia))).toBeLessThan(MAP_WIDTH * 0.5);
	});

	it('keeps islands that lie close: Britain with Northern Ireland', () => {
		const uk = ringsOf('gb');
		const areas = uk.map((r) => Math.abs(r.length));
		expect(areas.length).toBeGreaterThan(1);
		const bounds = mainlandBounds(uk);
		const largest = allBounds([uk.reduce((a, b) => (b.length > a.length ? b : a))]);
		expect(width(bounds)).toBeGreaterThan(width(largest));
	});

	it('is the whole country when it is one piece', () => {
		const salvador = ringsOf('sv');
		expect(mainlandBounds(salvador)).toEqual(allBounds(salvador));
	});

	it('needs a ring', () => {
		expect(() => mainlandBounds([])).toThrow();
	});
});
