/**
 * A talk's plan B: the timeline's play saved as a video file, for a venue whose machine cannot
 * run the site. What the video holds (which years, how long each is shown, its size and file
 * name) is decided here; drawing and recording are in `dom/video/`.
 */
import type { YearSpan } from '$lib/data/timeline';
import { slug, type Size } from './export-name';

/** Full HD, as a projector or a video player expects. */
export const VIDEO_SIZE: Size = { width: 1920, height: 1080 };

/** Each year stays on screen this long in the video: time to read the year and see what changed. */
export const HOLD_MS = 1000;

/** The years from `from` to `to`, both kept within the timeline and put in order. */
export function videoYears(from: number, to: number, span: YearSpan): number[] {
	const clamp = (year: number) => Math.min(span.last, Math.max(span.first, Math.round(year)));
	const [a, b] = [clamp(from), clamp(to)].sort((x, y) => x - y) as [number, number];
	return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** `imt-atlas-1964-2026.webm`: the span in the name, so a speaker's files sort and say what they hold. */
export function videoName(years: readonly number[]): string {
	const first = years[0];
	const last = years.at(-1);
	return first === last ? `imt-atlas-${first}.webm` : `imt-atlas-${first}-${last}.webm`;
}

/**
 * Each stop of a tour stays on screen this long: its panel's text read once, its map seen.
 * A speaker who needs longer pauses the player.
 */
export const TOUR_HOLD_MS = 5000;

/**
 * `imt-atlas-tour-history.webm`, `imt-atlas-tour-gb-br.webm`, or `imt-atlas-tour.webm` for the
 * default tour: the tour's address in the name, folded to plain ASCII like a slide's.
 */
export function tourVideoName(tour: string | null): string {
	const name = tour === null ? '' : slug(tour);
	return name && name !== 'stop' ? `imt-atlas-tour-${name}.webm` : 'imt-atlas-tour.webm';
}

export type VideoCodec = 'vp9' | 'vp8';

/** WebM's codecs by preference: VP9 is smaller, VP8 plays in more players; null if neither encodes. */
export function videoCodec(supported: (codec: VideoCodec) => boolean): VideoCodec | null {
	const codecs: VideoCodec[] = ['vp9', 'vp8'];
	return codecs.find((codec) => supported(codec)) ?? null;
}
