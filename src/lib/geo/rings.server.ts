/**
 * The world as the map draws it: every country's projected rings, in whole map units, after
 * simplification for the map's size. Computed on the server only; the markup and the zoom
 * targets both come from here, so they agree.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { RingCollector, ringArea, type Ring } from './encode';
import { fitProjection, simplificationArea } from './projection';
import { simplifiedFeatures, worldFeatures, type CountryFeature } from './world.server';

/**
 * Details under this many map units are dropped: about a pixel and a half at 1920 wide for the
 * atlas; the presentation zooms in up to 8 times, so it keeps finer detail.
 */
export const DETAIL = { atlas: 1.5, present: 0.3 } as const;
/** Islands smaller than this many square units vanish, unless they are a country's only land. */
const MIN_RING_AREA = 3;

/**
 * Projected rings per ISO numeric id. Some ids have several features (Australia and the Ashmore
 * and Cartier Islands share 036): their rings are pooled, and the id takes the name of the
 * feature with the most land.
 */
function ringsById(features: CountryFeature[], projection: GeoProjection, precision: number) {
	const collector = new RingCollector(MIN_RING_AREA, precision);
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

/** `precision` > 1 writes rings in 1/precision map units (see RingCollector). */
export function worldRings(
	detail: number = DETAIL.atlas,
	precision = 1
): {
	rings: Map<string, Ring[]>;
	names: Map<string, string>;
} {
	const { projection } = fitProjection({
		type: 'FeatureCollection',
		features: worldFeatures()
	} as FeatureCollection);
	return ringsById(
		simplifiedFeatures(simplificationArea(projection, detail)),
		projection,
		precision
	);
}
