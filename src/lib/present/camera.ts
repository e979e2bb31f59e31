/**
 * Where the presentation's camera looks, and how it flies there. A camera is the centre of the
 * view and the width of map it shows across the stage, in map units; the stage is the part of
 * the screen the panel leaves free. The map is laid out once at `unit` CSS pixels per map unit
 * and moved with a CSS transform, which the compositor animates without repainting.
 */
import { interpolateZoom } from 'd3-interpolate';
import type { Bounds } from '$lib/geo/mainland';

export interface Camera {
	cx: number;
	cy: number;
	/** Width of map, in map units, that spans the stage. */
	w: number;
}

export interface Stage {
	left: number;
	top: number;
	width: number;
	height: number;
}

export interface Transform {
	k: number;
	x: number;
	y: number;
}

/** The camera that fits `bounds` in the stage with `padding` (a share of it) kept free. */
export function cameraFor(
	[[x0, y0], [x1, y1]]: Bounds,
	stage: Stage,
	unit: number,
	{ padding = 0.12, maxScale = 8 } = {}
): Camera {
	const fit = Math.min(
		(stage.width * (1 - 2 * padding)) / (Math.max(x1 - x0, 1) * unit),
		(stage.height * (1 - 2 * padding)) / (Math.max(y1 - y0, 1) * unit)
	);
	const k = Math.min(fit, maxScale);
	return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, w: stage.width / (k * unit) };
}

/** The CSS transform (origin top left) that shows `camera` on the stage. */
export function transformFor({ cx, cy, w }: Camera, stage: Stage, unit: number): Transform {
	const k = stage.width / (w * unit);
	return {
		k,
		x: stage.left + stage.width / 2 - k * unit * cx,
		y: stage.top + stage.height / 2 - k * unit * cy
	};
}

export const cssOf = ({ k, x, y }: Transform) =>
	`translate(${x.toFixed(2)}px, ${y.toFixed(2)}px) scale(${k.toFixed(5)})`;

/**
 * Cameras along the smooth zoom from `a` to `b` (van Wijk and Nuij): far jumps zoom out on the
 * way, so the audience keeps its bearings. `steps` + 1 cameras, first `a`, last `b`.
 */
export function flight(a: Camera, b: Camera, steps = 24): Camera[] {
	const zoom = interpolateZoom([a.cx, a.cy, a.w], [b.cx, b.cy, b.w]);
	return Array.from({ length: steps + 1 }, (_, i) => {
		const [cx, cy, w] = zoom(i / steps);
		return { cx, cy, w };
	});
}
