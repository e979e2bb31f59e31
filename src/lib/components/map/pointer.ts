/**
 * Turns DOM events on the map into what they point at. Event delegation on the `<svg>` serves
 * every country with two listeners, whatever the number of shapes.
 */
import type { HoverTarget } from '$lib/state/atlas.svelte';

/** The dataset country or named shape an event's target belongs to. */
export function hoverTargetOf(target: EventTarget | null): HoverTarget | null {
	if (!(target instanceof Element)) return null;
	const link = target.closest('a.country');
	const iso2 = link?.getAttribute('data-iso');
	if (iso2) return { iso2 };
	const name = target.getAttribute('data-name');
	return name ? { name } : null;
}

/** A viewport point as CSS pixels from the top-left corner of a box. */
export function pointIn(
	box: DOMRectReadOnly,
	clientX: number,
	clientY: number
): { x: number; y: number } {
	return { x: clientX - box.left, y: clientY - box.top };
}
