/**
 * Where the hover card goes beside the pointer so that it stays inside the map's frame: below
 * and to the right, flipped left near the right edge and up near the bottom edge. The card's
 * size is measured when its text changes (`cardSize`), not on every move: a long line (a
 * period's note, "no organisation named") makes it wider and taller than any fixed estimate, and
 * an estimate let such a card run past the frame's edge, cut off. CSS places a flipped card by
 * its real size (translate -100%).
 */

/** The gap between the pointer and the card, in CSS pixels: the 14px of Tooltip.svelte's CSS. */
export const GAP = 14;

/**
 * The most room a card can take: its widest (its max-width) and a generous height, with the gap.
 * Away from the frame's right and bottom edges by at least this, a card of any text fits as
 * placed, without a measurement.
 */
export function cardReach(card: HTMLElement): { width: number; height: number } {
	const widest = parseFloat(getComputedStyle(card).maxWidth);
	return { width: (Number.isFinite(widest) ? widest : Infinity) + GAP, height: 240 + GAP };
}

/**
 * The room the card takes beside the pointer: its box and the gap, in CSS pixels, rounded up
 * (its width is fractional, and CSS flips it by its exact size).
 */
export function cardSize(card: HTMLElement): { width: number; height: number } {
	const box = card.getBoundingClientRect();
	return { width: Math.ceil(box.width) + GAP, height: Math.ceil(box.height) + GAP };
}

export interface Placement {
	/** To the left of the pointer. */
	left: boolean;
	/** Above the pointer. */
	up: boolean;
	/** How far to move the card across (CSS pixels) so that it stays inside the frame. */
	dx: number;
	/** How far to move it down or up. */
	dy: number;
}

/**
 * On one axis: flips to the other side of the pointer when the card would not fit, and only
 * towards the side with more room; where it fits on neither side (the pointer in the middle of
 * a narrow map, a wide card), it is moved along until it is inside, as far as the frame allows.
 * `size` is the card's with its gap, so a moved card still keeps the gap from the pointer on
 * the other axis.
 */
function along(at: number, size: number, room: number): { flip: boolean; move: number } {
	const flip = at > room - size && at > room - at;
	const start = flip ? at - size : at;
	if (start < 0) return { flip, move: -start };
	const over = start + size - room;
	return { flip, move: over > 0 ? -Math.min(over, start) : 0 };
}

/** Where the card goes beside the pointer at `point` inside `frame`; `card` is its size with the gap. */
export function placeCard(
	point: { x: number; y: number },
	frame: { width: number; height: number },
	card: { width: number; height: number }
): Placement {
	const across = along(point.x, card.width, frame.width);
	const down = along(point.y, card.height, frame.height);
	return { left: across.flip, up: down.flip, dx: across.move, dy: down.move };
}
