/**
 * The map's country shapes as SVG markup, built once at prerender and put into every page by
 * `hooks.server.ts`. The browser gets the geometry exactly once, in the HTML: the Svelte
 * component renders an empty group, so hydration neither re-renders nor re-ships the paths.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import countryCodes from 'i18n-iso-countries';
import type { FeatureCollection } from 'geojson';
import { countries } from '../data/dataset';
import { statusOf, STATUS_LABEL } from '../data/status';
import { tacticCategoryOf } from '../data/tactics';
import { organisationLabel } from '../data/names';
import { encodeRings, RingCollector, ringArea, type Ring } from './encode';
import { fitProjection, simplificationArea } from './projection';
import { targetFor } from './targets';
import { simplifiedFeatures, worldFeatures, type CountryFeature } from './world.server';

/** Details under this many map units (about a pixel and a half at 1920 wide) are dropped. */
const DETAIL = 1.5;
/** Islands smaller than this many square units vanish, unless they are a country's only land. */
const MIN_RING_AREA = 3;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeAttribute = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

const numericOf = (iso2: string) => countryCodes.alpha2ToNumeric(iso2.toUpperCase()) ?? '';

/**
 * Projected rings per ISO numeric id. Some ids have several features (Australia and the Ashmore
 * and Cartier Islands share 036): their rings are pooled, and the id takes the name of the
 * feature with the most land.
 */
function ringsById(features: CountryFeature[], projection: GeoProjection) {
	const collector = new RingCollector(MIN_RING_AREA);
	const path = geoPath(projection, collector);
	const rings = new Map<string, Ring[]>();
	const names = new Map<string, { name: string; area: number }>();
	for (const feature of features) {
		path(feature);
		const own = collector.takeRings();
		rings.set(feature.id, [...(rings.get(feature.id) ?? []), ...own]);
		const area = own.reduce((sum, ring) => sum + ringArea(ring), 0);
		if (area >= (names.get(feature.id)?.area ?? -1))
			names.set(feature.id, { name: feature.properties.name, area });
	}
	return { rings, names: new Map([...names].map(([id, { name }]) => [id, name])) };
}

/**
 * The inner markup of the map's country group: first every country without data (a shape and a
 * name for the tooltip), then a link per dataset country in list order, so Tab visits them in
 * the same order as the list. `base` is the app's base path.
 */
export function buildMapMarkup(base: string): string {
	const all = worldFeatures();
	const { projection } = fitProjection({
		type: 'FeatureCollection',
		features: all
	} as FeatureCollection);
	const features = simplifiedFeatures(simplificationArea(projection, DETAIL));
	const { rings, names } = ringsById(features, projection);
	const dataIds = new Set(countries.map((c) => numericOf(c.iso2)));
	// Shapes too small to draw at this size (micro-states) are left out rather than written empty.
	const background = [...rings]
		.filter(([id, own]) => !dataIds.has(id) && own.length)
		.map(
			([id, own]) =>
				`<path d="${encodeRings(own)}" data-name="${escapeAttribute(names.get(id) ?? '')}"/>`
		)
		.join('');
	const linked = countries
		.map((country) => {
			const own = rings.get(numericOf(country.iso2)) ?? [];
			const target = targetFor(own);
			const status = statusOf(country);
			const label = `${country.name}: ${STATUS_LABEL[status].toLowerCase()}, ${organisationLabel(country)}`;
			return (
				`<a href="${base}/country/${country.iso2}" class="country" data-iso="${country.iso2}" data-status="${status}" data-tactic="${tacticCategoryOf(country)}" aria-label="${escapeAttribute(label)}">` +
				`<path id="shape-${country.iso2}" d="${encodeRings(own)}"/>` +
				(target
					? `<circle class="target" cx="${target.x}" cy="${target.y}" r="${target.r}"/>`
					: '') +
				`</a>`
			);
		})
		.join('');
	return `<g class="land">${background}</g>${linked}`;
}

/** Marks the open country's link as the current page, which outlines it without JavaScript. */
export function markSelected(markup: string, iso2: string | null): string {
	if (!iso2 || !/^[a-z]{2}$/.test(iso2)) return markup;
	return markup.replace(`data-iso="${iso2}"`, `data-iso="${iso2}" aria-current="page"`);
}
