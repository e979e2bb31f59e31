/**
 * The talk's coarse copy of its map, built once per language at prerender and put into the
 * talk's page by `hooks.server.ts`: the atlas's coarser shapes, written in the talk's finer units
 * so that the same transform and fill patterns serve both. In flight the camera's animation
 * makes the map a layer Chromium rasterises anew, whole; these shapes raster in about half the
 * time of the talk's own (bench/README.md). The copy holds shapes only: no link, no name, no
 * status; how each country is drawn is the map's, copied onto it (`dom/map/coarse-copy.ts`).
 */
import { localeCountries } from '../data/localized';
import type { Locale } from '../paraglide/runtime';
import { encodeRings, type Ring } from './encode';
import { coarseCountryTag } from './map-dom';
import { numericOf } from './markup.server';
import { DETAIL, worldRings } from './rings.server';
import { targetFor } from './targets';

/**
 * The inner markup of the coarse copy's group: the countries without data, then a group per
 * dataset country in the map's own order (`locale`'s list order), so outlines overlap as they
 * do on the map. `detail` in map units, `precision` as in `worldRings`. A country that `detail`
 * simplifies away (an island state) keeps its shape at `fine`, the map's detail, or it would
 * vanish in flight and appear on landing.
 */
export function buildCoarseMarkup(
	locale: Locale,
	detail: number,
	fine: number,
	precision: number
): string {
	const coarse = worldRings(detail, precision).rings;
	const kept = worldRings(fine, precision).rings;
	const rings = new Map(
		[...kept].map(([id, own]) => [id, coarse.get(id)?.length ? coarse.get(id)! : own])
	);
	const countries = localeCountries(locale);
	const dataIds = new Set(countries.map((c) => numericOf(c.iso2)));
	const inUnits = (own: Ring[]) =>
		own.map((ring) => ring.map(([x, y]): [number, number] => [x / precision, y / precision]));
	const land = [...rings]
		.filter(([id, own]) => !dataIds.has(id) && own.length)
		.map(([, own]) => `<path d="${encodeRings(own)}"/>`)
		.join('');
	const linked = countries
		.map((country) => {
			const own = rings.get(numericOf(country.iso2)) ?? [];
			const target = targetFor(inUnits(own));
			return (
				coarseCountryTag(country.iso2) +
				`<path d="${encodeRings(own)}"/>` +
				(target
					? `<circle class="target" cx="${target.x * precision}" cy="${target.y * precision}" r="${target.r * precision}"/>`
					: '') +
				'</g>'
			);
		})
		.join('');
	return `<g class="land">${land}</g>${linked}`;
}

/** The talk's coarse copy in `locale`: the atlas's detail, the talk's units. */
export const coarseMarkup = (locale: Locale, precision: number) =>
	buildCoarseMarkup(locale, DETAIL.atlas, DETAIL.present, precision);
