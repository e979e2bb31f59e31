/**
 * The print view's tour and framing. Each page is laid out as the presentation is at 1920x1080,
 * map beside a panel, and each map is framed as the presentation's camera frames that stop, so
 * the backup deck looks like the talk it stands in for.
 */
import type { Bounds } from '$lib/geo/mainland';
import { MAP_HEIGHT, MAP_WIDTH, PRESENT_PRECISION } from '$lib/geo/projection';
import { cameraFor } from './camera';
import { num } from './svg-text';

/** The share of a page's width the map takes; the panel has the rest, as on a 16:9 screen. */
export const MAP_SHARE = 0.64;
const [WIDTH, HEIGHT] = [1920, 1080];

export interface Framing {
	viewBox: string;
	/** Zoom against the whole map laid across the page, as the presentation's camera counts it. */
	k: number;
}

/** A stop's map: its country's main territory with neighbours around, or the whole world. */
export function handoutFraming(frame: Bounds | null): Framing {
	const stage = { left: 0, top: 0, width: WIDTH * MAP_SHARE, height: HEIGHT };
	const unit = WIDTH / MAP_WIDTH;
	const world: Bounds = [
		[0, 0],
		[MAP_WIDTH, MAP_HEIGHT]
	];
	const { cx, cy, w } = frame
		? cameraFor(frame, stage, unit, { padding: 0.2, maxScale: 8 })
		: cameraFor(world, stage, unit, { padding: 0.03 });
	const h = (w * stage.height) / stage.width;
	return {
		viewBox: [cx - w / 2, cy - h / 2, w, h].map(num).join(' '),
		k: stage.width / (w * unit)
	};
}

/** Hatching at zoom `k`, in the paths' finer units: finer as the map zooms in, as on screen. */
export const patternScale = (k: number) => PRESENT_PRECISION * Math.min(1, 1.5 / k);

/** A link's `data-frame` ("x0 y0 x1 y1", map units), or null when it holds no four numbers. */
export function parseFrame(value: string | undefined | null): Bounds | null {
	const numbers = (value ?? '').trim().split(/\s+/).map(Number);
	if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return null;
	const [x0, y0, x1, y1] = numbers as [number, number, number, number];
	return [
		[x0, y0],
		[x1, y1]
	];
}
