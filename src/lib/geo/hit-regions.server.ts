/**
 * The hit rule of hit.ts as geometry, computed once at build. The page draws every ring's hit
 * area in a layer under the dataset countries' shapes, so a shape always wins inside itself
 * (for the browser's touch adjustment too, which prefers the topmost of equal candidates); what
 * is left is rings against rings, and each ring is clipped to its Voronoi cell: the part of the
 * plane nearer its centre than any other ring's. A tap costs nothing more than before.
 */
import type { Ring } from './encode';
import type { Target } from './targets';

/**
 * How far a cell reaches from its centre, in map units: a 14 px ring on a map 269 px wide
 * (MAP_WIDTH / 269 * 14). On a narrower map the ring reaches further than its cell.
 */
export const REACH = 100;

/** A 16-gon round a circle of `radius`: what a ring can reach, in few points. */
function disc({ x, y }: Target, radius: number): Ring {
	const outer = radius / Math.cos(Math.PI / 16);
	return Array.from({ length: 16 }, (_, i): [number, number] => [
		x + outer * Math.cos((i * Math.PI) / 8),
		y + outer * Math.sin((i * Math.PI) / 8)
	]);
}

/** The part of convex `ring` nearer `own` than `other` (Sutherland–Hodgman, one edge). */
function nearerPart(ring: Ring, own: Target, other: Target): Ring {
	// Positive on own's side of the bisector.
	const side = ([x, y]: [number, number]) =>
		(x - (own.x + other.x) / 2) * (own.x - other.x) +
		(y - (own.y + other.y) / 2) * (own.y - other.y);
	const out: Ring = [];
	ring.forEach((point, i) => {
		const next = ring[(i + 1) % ring.length]!;
		const [a, b] = [side(point), side(next)];
		if (a >= 0) out.push(point);
		if (a >= 0 !== b >= 0) {
			const t = a / (a - b);
			out.push([point[0] + t * (next[0] - point[0]), point[1] + t * (next[1] - point[1])]);
		}
	});
	return out;
}

/** Each ring's cell: within `reach` of its centre and nearer it than any other ring's centre. */
export function hitCells(targets: Map<string, Target>, reach = REACH): Map<string, Ring> {
	const cells = new Map<string, Ring>();
	for (const [iso2, own] of targets) {
		let cell = disc(own, reach);
		for (const [other, target] of targets) if (other !== iso2) cell = nearerPart(cell, own, target);
		cells.set(iso2, cell);
	}
	return cells;
}
