/**
 * The map's country shapes as SVG markup, built once at prerender and put into every page by
 * `hooks.server.ts`. The browser gets the geometry exactly once, in the HTML: the Svelte
 * component renders an empty group, so hydration neither re-renders nor re-ships the paths.
 */
import countryCodes from 'i18n-iso-countries';
import { countries } from '../data/dataset';
import { localeCountries } from '../data/localized';
import { countryName } from '../i18n/country-names';
import { statusInSentence, statusOf } from '../data/status';
import { tacticCategoryOf } from '../data/tactics';
import { organisationLabel } from '../data/names';
import { TODAY_BY_STATUS, tooltipLines } from '../data/tooltip-lines';
import { encodeRings, type Ring } from './encode';
import { mainlandBounds, type Bounds } from './mainland';
import { worldRings } from './rings.server';
import { backgroundShape, countryLinkTag, hitLink } from './map-dom';
import type { HitCountry } from './hit';
import { hitCells } from './hit-regions.server';
import { targetFor } from './targets';
import { localHref } from '../i18n/links';
import type { Locale } from '../paraglide/runtime';
import { m } from '../paraglide/messages';

const round1 = (n: number) => Math.round(n * 10) / 10;
const roundBounds = ([[x0, y0], [x1, y1]]: Bounds): Bounds => [
	[round1(x0), round1(y0)],
	[round1(x1), round1(y1)]
];

export const numericOf = (iso2: string) => countryCodes.alpha2ToNumeric(iso2.toUpperCase()) ?? '';

/** The dataset countries as the hit rule sees them, in map units. */
export function hitCountriesOf(rings: Map<string, Ring[]>, precision = 1): HitCountry[] {
	return countries.map((country) => {
		const own = (rings.get(numericOf(country.iso2)) ?? []).map((ring) =>
			ring.map(([x, y]): [number, number] => [x / precision, y / precision])
		);
		return { iso2: country.iso2, rings: own, target: targetFor(own) };
	});
}

/**
 * The inner markup of the map's country group: first every country without data (a shape and a
 * name for the tooltip), then a link per dataset country in list order, so Tab visits them in
 * the same order as the list. `base` is the path the links start from (the app's base path, or the
 * embed's: `${base}/embed`); `locale` the language of the links
 * and names (called in that language's scope, as the middleware runs a request, so the words
 * inside the labels are its words too); `detail` and `precision` as in `worldRings`. With
 * `resolveHits`, the rings' hit areas follow the rule of hit.ts in a layer of their own (the
 * atlas, which phones show at 360 px, where rings overlap); the talk keeps its rings' hit areas
 * inside the links.
 */
export function buildMapMarkup(
	base: string,
	locale: Locale,
	detail?: number,
	precision = 1,
	resolveHits = true
): string {
	const { rings, names } = worldRings(detail, precision);
	// Frames and hit targets are reckoned in map units, whatever the precision of the paths.
	const inUnits = (own: Ring[]) =>
		own.map((ring) => ring.map(([x, y]): [number, number] => [x / precision, y / precision]));
	const countries = localeCountries(locale);
	const hitCountries = hitCountriesOf(rings, precision);
	const targets = new Map(hitCountries.flatMap((c) => (c.target ? [[c.iso2, c.target]] : [])));
	const cells = resolveHits ? hitCells(targets) : new Map<string, Ring>();
	const scaled = (n: number) => Math.round(n * precision);
	// Under the dataset countries' shapes, so each shape wins inside itself (see hit.ts).
	const hits = [...cells]
		.map(([iso2, cell]) => {
			const { x, y, r } = targets.get(iso2)!;
			const d = encodeRings([cell.map(([cx, cy]): [number, number] => [scaled(cx), scaled(cy)])]);
			return hitLink(
				localHref(`${base}/country/${iso2}`, locale),
				iso2,
				scaled(x),
				scaled(y),
				scaled(r),
				d
			);
		})
		.join('');
	const dataIds = new Set(countries.map((c) => numericOf(c.iso2)));
	const nameOf = (id: string) => {
		const english = names.get(id) ?? '';
		const iso2 = countryCodes.numericToAlpha2(id);
		return iso2 ? countryName(iso2, locale, english) : english;
	};
	// Shapes too small to draw at this size (micro-states) are left out rather than written empty.
	const background = [...rings]
		.filter(([id, own]) => !dataIds.has(id) && own.length)
		.map(([id, own]) => backgroundShape(encodeRings(own), nameOf(id)))
		.join('');
	const linked = countries
		.map((country) => {
			const own = rings.get(numericOf(country.iso2)) ?? [];
			const units = inUnits(own);
			const target = targetFor(units);
			// Where a zoom to this country should frame: its main territory (see mainland.ts).
			const frame = own.length ? roundBounds(mainlandBounds(units)) : null;
			const status = statusOf(country);
			const tag = countryLinkTag({
				href: localHref(`${base}/country/${country.iso2}`, locale),
				iso2: country.iso2,
				status,
				tactic: tacticCategoryOf(country),
				frame,
				label: m.map_link_label(
					{
						country: country.name,
						status: statusInSentence(status, false),
						organisation: organisationLabel(country)
					},
					{ locale }
				),
				name: country.name,
				tip: tooltipLines(country, TODAY_BY_STATUS)
			});
			return (
				tag +
				`<path id="shape-${country.iso2}" d="${encodeRings(own)}"/>` +
				(target
					? `<circle class="target" cx="${target.x * precision}" cy="${target.y * precision}" r="${target.r * precision}"/>`
					: '') +
				`</a>`
			);
		})
		.join('');
	return `<g class="land">${background}</g>${hits ? `<g class="hits">${hits}</g>` : ''}${linked}`;
}
