/**
 * A fill drawn with a pattern (split away, Militant / CWI: see palette.css) cannot be
 * interpolated, so CSS switches it at once where flat colours fade. This fades such a country in
 * instead, over the same time as the colour fades, so every change of the year reads as smooth.
 * With reduced motion nothing moves.
 */
import { shapeOf } from '$lib/geo/map-dom';
import type { StatusChange } from './paint-year';

const PATTERNED = new Set(['split', 'predecessor']);

/** Fades in the shapes of the changes that involve a pattern; returns their animations. */
export function fadePatterned(changes: readonly StatusChange[], duration = 450): Animation[] {
	if (matchMedia('(prefers-reduced-motion: reduce)').matches) return [];
	return changes
		.filter(({ from, to }) => PATTERNED.has(from) || PATTERNED.has(to))
		.flatMap(({ link }) => shapeOf(link) ?? [])
		.map((path) =>
			path.animate([{ opacity: 0.25 }, { opacity: 1 }], { duration, easing: 'ease-in-out' })
		);
}
