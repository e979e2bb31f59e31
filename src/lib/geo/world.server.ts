/**
 * The world-atlas countries as GeoJSON, simplified once for the size the map is drawn at.
 * Server-only: the topology never reaches the browser; only prerendered path strings do.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import countries50m from 'world-atlas/countries-50m.json';
import { withUnBorders } from './un-borders.server';

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };
type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Antarctica has no section and would take a fifth of the map's height. */
const LEFT_OUT = new Set(['010']);

/** World-atlas with borders as the United Nations recognises them (Crimea in Ukraine). */
const topology = withUnBorders(countries50m as unknown as Countries);

/**
 * A few shapes have no ISO code (Kosovo, Somaliland, Northern Cyprus…). They are drawn all the
 * same, keyed by name, so the map has no holes; no dataset entry can point at them.
 */
const idOf = (f: { id?: string | number; properties: { name: string } | null }) =>
	typeof f.id === 'string' ? f.id : `name:${f.properties?.name ?? ''}`;

function toFeatures(topo: Countries): CountryFeature[] {
	const collection = feature(topo, topo.objects.countries) as FeatureCollection<
		Polygon | MultiPolygon,
		{ name: string }
	>;
	return collection.features
		.map((f) => ({ ...f, id: idOf(f as never) }) as CountryFeature)
		.filter((f) => !LEFT_OUT.has(f.id));
}

/** ISO numeric ids of the shapes the map draws, which dataset countries can be joined to. */
export function shapeIds(): Set<string> {
	return new Set(
		topology.objects.countries.geometries.flatMap((g) =>
			typeof g.id === 'string' && !LEFT_OUT.has(g.id) ? [g.id] : []
		)
	);
}

/** The unsimplified features, to fit the projection to. */
export function worldFeatures(): CountryFeature[] {
	return toFeatures(topology);
}

/**
 * Features simplified with Visvalingam's method: points whose triangle is smaller than
 * `minAreaDeg2` square degrees go. Simplifying the topology, not each feature, keeps shared
 * borders identical on both sides.
 */
export function simplifiedFeatures(minAreaDeg2: number): CountryFeature[] {
	const copy = structuredClone(topology);
	return toFeatures(simplify(presimplify(copy), minAreaDeg2) as Countries);
}
