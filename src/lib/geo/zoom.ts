/**
 * The transform that frames a box in a viewport: scale and translation for a zoom to a
 * country, with padding, never zooming out past the whole map nor in past `maxScale`.
 */
import type { Bounds } from './mainland';

export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/**
 * Maps map units to view units as `view = k * map + (x, y)`. `view` is the visible area, in the
 * same units as the map at scale 1 (for example the map's own width and height); `padding` is
 * the share of the view kept free around the box.
 */
export function frameBounds(
	[[x0, y0], [x1, y1]]: Bounds,
	view: { width: number; height: number },
	{ padding = 0.1, maxScale = 12 } = {}
): ZoomTransform {
	const w = Math.max(x1 - x0, 1);
	const h = Math.max(y1 - y0, 1);
	const k = Math.min(
		maxScale,
		Math.max(
			1,
			Math.min((view.width * (1 - 2 * padding)) / w, (view.height * (1 - 2 * padding)) / h)
		)
	);
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	return { k, x: view.width / 2 - k * cx, y: view.height / 2 - k * cy };
}
