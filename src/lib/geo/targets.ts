/**
 * Hit targets for countries too small to point at. Users of world choropleths complain most
 * that tiny countries cannot be hovered or tapped; a country whose main shape is smaller than
 * MIN_TARGET map units across gets a round target over its largest ring, drawn as a visible ring
 * so that people can see there is something to click.
 */
import { ringArea, type Ring } from './encode';

/** Below this many map units across (width or height), a country gets a marker. */
export const MIN_TARGET = 24;
/** Radius of the marker, in map units at the map's natural size. */
export const TARGET_RADIUS = 12;

export interface Target {
	x: number;
	y: number;
	r: number;
}

function bounds(ring: Ring): [number, number, number, number] {
	const xs = ring.map((p) => p[0]);
	const ys = ring.map((p) => p[1]);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A target centred on the largest ring, or null when the country is big enough to hit. */
export function targetFor(rings: Ring[]): Target | null {
	if (!rings.length) return null;
	const main = rings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
	const [x0, y0, x1, y1] = bounds(main);
	if (Math.max(x1 - x0, y1 - y0) >= MIN_TARGET) return null;
	return { x: Math.round((x0 + x1) / 2), y: Math.round((y0 + y1) / 2), r: TARGET_RADIUS };
}
