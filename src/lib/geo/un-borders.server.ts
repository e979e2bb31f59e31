/**
 * Borders as the United Nations recognises them, as Our World in Data draws them. Natural Earth
 * (and so world-atlas) draws borders as they are held on the ground: Crimea, annexed by Russia in
 * 2014, is a polygon of Russia's shape. The UN General Assembly (resolution 68/262) holds it to be
 * part of Ukraine, so the atlas moves that polygon to Ukraine's shape before anything is drawn.
 */
import { geoContains } from 'd3-geo';
import { feature, mergeArcs } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

export interface Transfer {
	/** The area, for messages and tests. */
	area: string;
	/** A place inside it [longitude, latitude]: the polygons of `from` holding it move. */
	point: [number, number];
	/** ISO numeric ids of the shapes it leaves and joins. */
	from: string;
	to: string;
}

export const UN_TRANSFERS: readonly Transfer[] = [
	{ area: 'Crimea', point: [34.1, 44.95], from: '643', to: '804' }
];

type Shape = (Polygon | MultiPolygon) & { id?: string | number };
type Countries = Topology<{ countries: GeometryCollection }>;

const polygonsOf = (g: Shape): number[][][] => (g.type === 'Polygon' ? [g.arcs] : g.arcs);

/** A copy of the topology with each area moved to the shape the UN recognises it in. */
export function withUnBorders<T extends Countries>(
	topology: T,
	transfers: readonly Transfer[] = UN_TRANSFERS
): T {
	const copy = structuredClone(topology);
	const geometries = copy.objects.countries.geometries as Shape[];
	for (const { area, point, from, to } of transfers) {
		const source = geometries.find((g) => g.id === from);
		const target = geometries.find((g) => g.id === to);
		if (!source || !target) throw new Error(`${area}: no shape ${from} or ${to} in the topology`);
		const holds = (arcs: number[][]) =>
			geoContains(feature(copy, { type: 'Polygon', arcs }), point);
		const moving = polygonsOf(source).filter(holds);
		if (!moving.length) throw new Error(`${area}: shape ${from} does not hold ${point.join(', ')}`);
		const staying = polygonsOf(source).filter((arcs) => !holds(arcs));
		Object.assign(source, { type: 'MultiPolygon', arcs: staying });
		// Merging, not appending, drops the line the old border drew across the isthmus.
		const merged = mergeArcs(copy, [target, { type: 'MultiPolygon', arcs: moving }]);
		Object.assign(target, { type: 'MultiPolygon', arcs: merged.arcs });
	}
	return copy;
}
