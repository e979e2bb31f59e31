/**
 * How the talk frames a stop, in one place: the presentation's camera flies to it, the print
 * deck draws each page's map with it and a saved slide shows what it framed. A country keeps some
 * neighbours around it for bearings, zoomed at most eight times; the world fills the stage.
 */
import type { Bounds } from '$lib/geo/mainland';
import { MAP_HEIGHT, MAP_WIDTH } from '$lib/geo/projection';
import { cameraFor, type Camera, type Stage } from './camera';

export const WORLD: Bounds = [
	[0, 0],
	[MAP_WIDTH, MAP_HEIGHT]
];

/**
 * The camera on a stop whose country's main territory is `frame` (null: a stop for the whole
 * tendency, or a country without a shape), on `stage` with the map laid out at `unit` CSS pixels
 * per map unit.
 */
export function frameStop(frame: Bounds | null, stage: Stage, unit: number): Camera {
	return frame
		? cameraFor(frame, stage, unit, { padding: 0.2, maxScale: 8 })
		: cameraFor(WORLD, stage, unit, { padding: 0.03 });
}

/** The part of the screen the stop panel leaves free: beside it if wide, above it if tall. */
export function stageBeside(
	panel: { left: number; top: number },
	viewport: { width: number; height: number }
): Stage {
	return panel.left > 0
		? { left: 0, top: 0, width: panel.left, height: viewport.height }
		: { left: 0, top: 0, width: viewport.width, height: panel.top };
}
