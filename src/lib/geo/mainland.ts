/**
 * The part of a country a map should zoom to: its main territory, not the box around every
 * island and overseas department. France without French Guiana, the United States without
 * Alaska and Hawaii, Russia without the sliver of Chukotka that the antimeridian cuts off to
 * the far side of the map.
 */
import { ringArea, type Ring } from './encode';

export type Bounds = [[number, number], [number, number]];

function boundsOf(rings: readonly Ring[]): Bounds {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const ring of rings) {
		for (const [x, y] of ring) {
			x0 = Math.min(x0, x);
			y0 = Math.min(y0, y);
			x1 = Math.max(x1, x);
			y1 = Math.max(y1, y);
		}
	}
	return [
		[x0, y0],
		[x1, y1]
	];
}

function gap(a: Bounds, b: Bounds): number {
	const dx = Math.max(0, a[0][0] - b[1][0], b[0][0] - a[1][0]);
	const dy = Math.max(0, a[0][1] - b[1][1], b[0][1] - a[1][1]);
	return Math.hypot(dx, dy);
}

const boxArea = ([[x0, y0], [x1, y1]]: Bounds) => (x1 - x0) * (y1 - y0);

/**
 * Bounds of the largest ring and of every ring that belongs with it: closer than `reach` times
 * the main ring's larger side (Corsica stays with France; Guiana, an ocean away, does not), and
 * not so large a detour that, on its own, it would grow the main ring's frame by more than
 * `maxGrowth` of its area (Crete stays with Greece; Alaska, near the contiguous United States but
 * across Canada, does not). Each part is judged alone: Canada keeps its Arctic islands.
 * Holes and specks under `minShare` of the main ring's area are ignored.
 */
export function mainlandBounds(
	rings: readonly Ring[],
	{ reach = 0.35, maxGrowth = 0.5, minShare = 0.002 } = {}
): Bounds {
	if (!rings.length) throw new Error('mainlandBounds needs at least one ring');
	const areas = rings.map(ringArea);
	const largest = areas.indexOf(Math.max(...areas));
	const main = boundsOf([rings[largest]!]);
	const size = Math.max(main[1][0] - main[0][0], main[1][1] - main[0][1]);
	const belongs = (ring: Ring, i: number) => {
		if (i === largest) return true;
		if (areas[i]! < areas[largest]! * minShare) return false;
		const own = boundsOf([ring]);
		const grown = boundsOf([rings[largest]!, ring]);
		return gap(main, own) <= reach * size && boxArea(grown) <= (1 + maxGrowth) * boxArea(main);
	};
	return boundsOf(rings.filter(belongs));
}
