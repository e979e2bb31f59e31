/**
 * The map's projection: Equal Earth, which keeps areas true (a choropleth should not make Russia
 * look bigger than Africa) and looks familiar, fitted to a fixed-width box.
 */
import { geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';

/** Map units across; one unit is one CSS pixel on a 1920-wide screen. */
export const MAP_WIDTH = 1920;
/** Map units down: Equal Earth without Antarctica is about 2.24 times as wide as it is tall. */
export const MAP_HEIGHT = 860;
/** Space kept clear around the land, in map units. */
export const MAP_PADDING = 8;

/** Fits Equal Earth inside the map's box, less the padding, centred. */
export function fitProjection(land: FeatureCollection<Geometry>): { projection: GeoProjection } {
	const projection = geoEqualEarth().fitExtent(
		[
			[MAP_PADDING, MAP_PADDING],
			[MAP_WIDTH - MAP_PADDING, MAP_HEIGHT - MAP_PADDING]
		],
		land
	);
	return { projection };
}

/**
 * Visvalingam's threshold, in square degrees, that removes details smaller than `units` map
 * units: the projection's scale turns a length in map units into radians.
 */
export function simplificationArea(projection: GeoProjection, units: number): number {
	const degrees = (units / projection.scale()) * (180 / Math.PI);
	return degrees * degrees;
}

/**
 * Points per map unit in the presentation's markup, which zooms in up to 6 times: whole units
 * would show as steps. Its paths are written in quarter units and scaled back by the map.
 */
export const PRESENT_PRECISION = 4;
