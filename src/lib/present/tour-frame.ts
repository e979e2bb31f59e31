/**
 * A stop of the tour as a frame of its video, laid out as the talk is on a 1920x1080 screen:
 * the panel on the last part of the width (as the print deck's pages), the stop framed by the
 * talk's own `frameStop` in the part it leaves free. The map under the panel spans the whole
 * frame, as the screen's does, so the region it shows is read back from that camera the way a
 * saved slide reads it from the screen (`visibleRegion`).
 */
import type { Bounds } from '$lib/geo/mainland';
import { MAP_WIDTH } from '$lib/geo/projection';
import { transformFor, type Stage } from './camera';
import type { Size } from './export-name';
import { visibleRegion } from './export-view';
import { frameStop, ringsShown } from './framing';
import { MAP_SHARE } from './handout';

export interface TourFrame {
	/** The map, in map units, under the whole frame. */
	region: Bounds;
	/** The camera's zoom against the whole map laid across the frame's width. */
	k: number;
	/** Whether small countries' rings are drawn at that zoom, as the talk decides. */
	rings: boolean;
	/** Where the panel begins across the frame. */
	panelX: number;
}

/** The frame of a stop whose country's main territory is `frame` (null: the whole world). */
export function tourFrame(frame: Bounds | null, { width, height }: Size): TourFrame {
	const unit = width / MAP_WIDTH;
	const stage: Stage = { left: 0, top: 0, width: Math.round(width * MAP_SHARE), height };
	const camera = frameStop(frame, stage, unit);
	const { k, x, y } = transformFor(camera, stage, unit);
	return {
		region: visibleRegion({ a: k * unit, e: x, f: y }, { left: 0, top: 0, width, height }),
		k,
		rings: ringsShown(camera, stage),
		panelX: stage.width
	};
}
