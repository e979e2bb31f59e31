/**
 * The region of the map a preview image shows, in map units, at the image's aspect: the whole
 * world for most pages, and for a country page its main territory with the region around it, so
 * that a small country is seen where it lies, never a lone shape filling the card.
 */
import type { Bounds } from '$lib/geo/mainland';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The narrowest region a country preview shows, as a share of the map's width. */
export const MIN_SHARE = 0.22;
/** How much room a country gets around it, as a multiple of its own size. */
const ROOM = 2.4;

/** The box of `width` x `height` centred on `centre`, moved inside `[0, size]` where it fits. */
function placed(centre: number, extent: number, size: number): number {
	if (extent >= size) return (size - extent) / 2;
	return Math.min(Math.max(centre - extent / 2, 0), size - extent);
}

/**
 * `frame` null shows the whole map, letterboxed in ocean; otherwise the frame with room around
 * it, at least `MIN_SHARE` of the map wide, kept inside the map where it fits.
 */
export function previewBox(
	frame: Bounds | null,
	map: { width: number; height: number },
	aspect: number
): Box {
	if (!frame) {
		const width = Math.max(map.width, map.height * aspect);
		const height = width / aspect;
		return { x: (map.width - width) / 2, y: (map.height - height) / 2, width, height };
	}
	const [[x0, y0], [x1, y1]] = frame;
	const width = Math.min(
		Math.max((x1 - x0) * ROOM, (y1 - y0) * ROOM * aspect, map.width * MIN_SHARE),
		map.width
	);
	const height = width / aspect;
	return {
		x: placed((x0 + x1) / 2, width, map.width),
		y: placed((y0 + y1) / 2, height, map.height),
		width,
		height
	};
}
