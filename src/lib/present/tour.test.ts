import { describe, expect, it } from 'vitest';
import { countries } from '$lib/data/dataset';
import { defaultTour, firstDated, parseStop, parseTour, type Stop } from './tour';

const isoOf = (stops: Stop[]) => stops.flatMap((s) => (s.kind === 'country' ? [s.iso2] : []));

describe('defaultTour', () => {
	const tour = defaultTour(countries);

	it('opens on the tendency, visits every country once and ends on the world', () => {
		expect(tour[0]).toEqual({ kind: 'tendency' });
		expect(tour.at(-1)).toEqual({ kind: 'world' });
		expect(isoOf(tour).sort()).toEqual(countries.map((c) => c.iso2).sort());
	});

	it('follows the first dated fact about each country', () => {
		const keys = isoOf(tour).map((iso) => firstDated(countries.find((c) => c.iso2 === iso)!));
		expect(keys).toEqual([...keys].sort((a, b) => a - b));
		// Militant's newspaper (1964) is the oldest dated fact in the source.
		expect(isoOf(tour)[0]).toBe('gb');
	});

	it('puts countries the source never dates last, by name', () => {
		const undated = countries.filter((c) => firstDated(c) === Number.POSITIVE_INFINITY);
		expect(undated.length).toBeGreaterThan(0);
		const tail = isoOf(tour).slice(-undated.length);
		expect(tail).toEqual(
			[...undated].sort((a, b) => a.name.localeCompare(b.name, 'en')).map((c) => c.iso2)
		);
	});
});

describe('parseTour', () => {
	it.each([
		{ name: 'no parameter', param: null, stops: null, skipped: [] },
		{ name: 'a plain list', param: 'gb,br,fr,pk', stops: ['gb', 'br', 'fr', 'pk'], skipped: [] },
		{ name: 'any case, spaces', param: ' GB , Br', stops: ['gb', 'br'], skipped: [] },
		{ name: 'unknown codes skipped', param: 'gb,zz,br', stops: ['gb', 'br'], skipped: ['zz'] },
		{ name: 'empty entries ignored', param: 'gb,,../x', stops: ['gb'], skipped: ['../x'] },
		{ name: 'a country twice', param: 'gb,br,gb', stops: ['gb', 'br', 'gb'], skipped: [] },
		{ name: 'an unknown code reported once', param: 'zz,gb,zz', stops: ['gb'], skipped: ['zz'] }
	])('$name', ({ param, stops, skipped }) => {
		const parsed = parseTour(param, countries);
		if (stops === null) {
			expect(parsed).toBeNull();
			return;
		}
		expect(isoOf(parsed!.stops)).toEqual(stops);
		expect(parsed!.stops.at(-1)).toEqual({ kind: 'world' });
		expect(parsed!.skipped).toEqual(skipped);
	});

	it('falls back to the default tour when nothing in it is known', () => {
		const parsed = parseTour('zz,<script>', countries)!;
		expect(parsed.stops).toEqual(defaultTour(countries));
		expect(parsed.skipped).toEqual(['zz', '<script>']);
	});
});

describe('parseStop', () => {
	it.each([
		{ param: null, length: 5, index: 0 },
		{ param: '1', length: 5, index: 0 },
		{ param: '4', length: 5, index: 3 },
		{ param: '5', length: 5, index: 4 },
		{ param: '6', length: 5, index: 0 },
		{ param: '0', length: 5, index: 0 },
		{ param: '-2', length: 5, index: 0 },
		{ param: 'abc', length: 5, index: 0 },
		{ param: '2.5', length: 5, index: 0 },
		{ param: '99999', length: 5, index: 0 }
	])('?stop=$param of $length stops is index $index', ({ param, length, index }) => {
		expect(parseStop(param, length)).toBe(index);
	});
});
