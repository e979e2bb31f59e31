/**
 * Turns DOM events on the map into what they point at. Event delegation on the `<svg>` serves
 * every country with two listeners, whatever the number of shapes.
 */
import { backgroundNameAt, isoOf, linkAt } from '$lib/geo/map-dom';
import type { HoverTarget } from '$lib/state/atlas.svelte';

/** The dataset country or named shape an event's target belongs to. */
export function hoverTargetOf(target: EventTarget | null): HoverTarget | null {
	const link = linkAt(target);
	if (link) return { iso2: isoOf(link) };
	const name = backgroundNameAt(target);
	return name ? { name } : null;
}

/**
 * The dataset country exactly under a viewport point. A tap's click is retargeted by Chromium's
 * touch adjustment to a "best" link near the finger, judged by bounding boxes, which on a phone
 * can pick a neighbour's ring over the country under the finger; the map's hit areas are exact
 * for a point (geo/hit.ts), so the point the finger went down at decides.
 */
export const linkUnder = (x: number, y: number) => linkAt(document.elementFromPoint(x, y));

/** A viewport point as CSS pixels from the top-left corner of a box. */
export function pointIn(
	box: DOMRectReadOnly,
	clientX: number,
	clientY: number
): { x: number; y: number } {
	return { x: clientX - box.left, y: clientY - box.top };
}
