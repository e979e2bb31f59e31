/**
 * Which part of the map a saved slide shows: the part the presentation's stage shows right
 * now. The camera moves the map with a CSS transform, so the region is read back from the map's
 * screen matrix (map units to screen pixels) rather than from the camera's target, which is
 * wrong while the map is still flying there.
 */
import type { Bounds } from '$lib/geo/mainland';
import type { Stage } from './camera';

/** A screen matrix with no rotation or skew: `screen = a · map + (e, f)`. */
export interface ScreenMatrix {
	a: number;
	e: number;
	f: number;
}

/** The map, in map units, under the stage. */
export function visibleRegion({ a, e, f }: ScreenMatrix, stage: Stage): Bounds {
	const scale = a > 0 ? a : 1;
	return [
		[(stage.left - e) / scale, (stage.top - f) / scale],
		[(stage.left + stage.width - e) / scale, (stage.top + stage.height - f) / scale]
	];
}
