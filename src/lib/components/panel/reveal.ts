/**
 * When a panel opens (or the reader returns to the map) on a small screen, the part they need
 * may be below or above what they see. The page scrolls only when it must: a top edge already in
 * the upper part of the screen stays where it is, so that on a phone a tapped country and the
 * start of its panel, right under the map, are seen together.
 */

/** The share of the screen's height, from its top, where a top edge counts as in view. */
export const IN_VIEW = 0.5;

/** A screen this tall (px) or taller shows the map above a panel brought up to the line. */
export const TALL = 600;

/**
 * How far to scroll the page (px, positive: down) so an element whose top edge is `top` px from
 * the top of a screen `viewport` px high can be read from its start; 0 when it already can. A top
 * below the line comes up only to the line, not to the screen's top, so what stands right above
 * it (the tapped country, on the map above its panel) stays in sight on a tall screen; a top
 * above the screen, or any on a short one, comes to the screen's top.
 */
export function revealBy(top: number, viewport: number): number {
	if (!Number.isFinite(top) || !(viewport > 0)) return 0;
	const line = viewport * IN_VIEW;
	if (top >= 0 && top <= line) return 0;
	// On a short screen (a phone turned sideways) the map fills it: the panel comes to the top.
	return Math.round(top < 0 || viewport < TALL ? top : top - line);
}

/** Scrolls the page so `element` can be read from its start (see `revealBy`), without motion when asked. */
export function reveal(element: Element): void {
	const by = revealBy(element.getBoundingClientRect().top, window.innerHeight);
	if (!by) return;
	const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	window.scrollBy({ top: by, behavior: still ? 'instant' : 'smooth' });
}
