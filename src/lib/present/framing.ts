/**
 * How the talk frames a stop, in one place: the presentation's camera flies to it, the print
 * deck draws each page's map with it and a saved slide shows what it framed. A country keeps some
 * neighbours around it for bearings, zoomed at most eight times, and the view stays on the map:
 * a country at the map's edge (Canada, Russia) is not framed with a band of nothing beyond it.
 * The world fills the stage. Zoomed in, small countries' rings give way to their shapes; a stop
 * about the tendency as a whole marks the countries its text names.
 */
import type { Bounds } from '$lib/geo/mainland';
import { MAP_HEIGHT, MAP_WIDTH } from '$lib/geo/projection';
import { MIN_TARGET } from '$lib/geo/targets';
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
		? onMap(cameraFor(frame, stage, unit, { padding: 0.2, maxScale: 8 }), stage)
		: cameraFor(WORLD, stage, unit, { padding: 0.03 });
}

/** Clamps `lo..hi` to hold a span `span` long around `c`; centred if the span is longer. */
const clamp = (c: number, span: number, lo: number, hi: number) =>
	span >= hi - lo ? (lo + hi) / 2 : Math.min(Math.max(c, lo + span / 2), hi - span / 2);

/**
 * `camera` moved, not zoomed, so that what it shows stays on the map. The padded frame of a
 * country at the map's edge would otherwise show the empty page beyond it; moving in keeps the
 * whole frame in view, since the frame itself lies on the map.
 */
export function onMap(camera: Camera, stage: Stage): Camera {
	const h = (camera.w * stage.height) / Math.max(stage.width, 1);
	return {
		cx: clamp(camera.cx, camera.w, 0, MAP_WIDTH),
		cy: clamp(camera.cy, h, 0, MAP_HEIGHT),
		w: camera.w
	};
}

/** The size of a small country's ring on screen, in CSS pixels (see PresentMap's `.target`). */
export const RING_PX = 32;

/**
 * Whether small countries' rings are drawn: not once the zoom draws a small country (half the
 * size below which a country gets a ring) at least as large as its ring would be.
 */
export function ringsShown(camera: Camera, stage: Stage): boolean {
	const pxPerUnit = stage.width / camera.w;
	return (pxPerUnit * MIN_TARGET) / 2 < RING_PX;
}

/**
 * The dataset countries whose names `text` contains as words, in the order given. A word ends
 * at any letter, accented ones too ("Perú", "Bélgica"), which `\b` does not know.
 */
export function countriesNamed(
	text: string,
	countries: readonly { iso2: string; name: string }[]
): string[] {
	return countries
		.filter(({ name }) =>
			new RegExp(
				`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
				'u'
			).test(text)
		)
		.map((c) => c.iso2);
}

/**
 * The part of the screen the stop panel leaves free: beside it if wide (the panel stands at the
 * end of the line, on the right, or on the left in a right-to-left language), above it if tall.
 * On a tall screen the colour key and progress marks (`foot`) span the map's width, so the stage
 * ends above them too, and they never cover the stop's country.
 */
export function stageBeside(
	panel: { left: number; right: number; top: number },
	viewport: { width: number; height: number },
	foot: { top: number } | null = null
): Stage {
	if (panel.left > 0) return { left: 0, top: 0, width: panel.left, height: viewport.height };
	if (panel.right < viewport.width)
		return {
			left: panel.right,
			top: 0,
			width: viewport.width - panel.right,
			height: viewport.height
		};
	const height = foot && foot.top > 0 ? Math.min(panel.top, foot.top) : panel.top;
	return { left: 0, top: 0, width: viewport.width, height };
}
