/**
 * The print view's page maps. Each page is laid out as the presentation is at 1920x1080, map
 * beside a panel, and each map is framed by the talk's own `frameStop`, so the backup deck looks
 * like the talk it stands in for.
 */
import type { Bounds } from '$lib/geo/mainland';
import { MAP_WIDTH, PRESENT_PRECISION } from '$lib/geo/projection';
import { frameStop } from './framing';
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
	const { cx, cy, w } = frameStop(frame, stage, unit);
	const h = (w * stage.height) / stage.width;
	return {
		viewBox: [cx - w / 2, cy - h / 2, w, h].map(num).join(' '),
		k: stage.width / (w * unit)
	};
}

/** Hatching at zoom `k`, in the paths' finer units: finer as the map zooms in, as on screen. */
export const patternScale = (k: number) => PRESENT_PRECISION * Math.min(1, 1.5 / k);
