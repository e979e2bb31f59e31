/**
 * Who a point on the map belongs to when hit areas overlap. A tiny country's ring (targets.ts)
 * keeps a fingertip's size on screen, so on a phone it reaches far over its neighbours: at
 * 360 px the Netherlands' ring covers the middle of Ireland. The rule: a dataset country's own
 * shape always wins inside itself; elsewhere, of the rings that reach the point, the one whose
 * centre is nearest. The build realises it as clip paths (hit-regions.server.ts).
 */
import type { Ring } from './encode';
import type { Target } from './targets';

/** A dataset country as the hit rule sees it: its shape and its ring, if it has one. */
export interface HitCountry {
	iso2: string;
	/** The shape's rings in map units; holes are read even-odd. */
	rings: Ring[];
	target: Target | null;
}

export type Point = [number, number];

/** Whether `point` lies inside `rings`, even-odd (a hole's ring takes its area back out). */
export function insideRings(rings: Ring[], [x, y]: Point): boolean {
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

const distance = ([x, y]: Point, target: Target) => Math.hypot(x - target.x, y - target.y);

/**
 * The country a tap at `point` should open, rings being `radius` map units across the centre
 * (14 CSS pixels in map units at the map's current size); null when nothing is there.
 */
export function ownerAt(countries: HitCountry[], point: Point, radius: number): string | null {
	const shape = countries.find((c) => insideRings(c.rings, point));
	if (shape) return shape.iso2;
	let nearest: { iso2: string; d: number } | null = null;
	for (const { iso2, target } of countries) {
		const d = target ? distance(point, target) : Infinity;
		if (d <= radius && d < (nearest?.d ?? Infinity)) nearest = { iso2, d };
	}
	return nearest?.iso2 ?? null;
}
