/**
 * Where the hover card goes beside the pointer so that it stays inside the map's frame: below
 * and to the right, flipped left near the right edge and up near the bottom edge. The card's
 * size is an estimate, not a measurement: measuring it on every move would force a layout in
 * the middle of the hover, and CSS places a flipped card by its real size (translate -100%).
 */

/** About the largest card (four lines, 22rem at most) plus the gap to the pointer, in CSS pixels. */
export const CARD = { width: 280, height: 120 } as const;

export interface Placement {
	/** To the left of the pointer. */
	left: boolean;
	/** Above the pointer. */
	up: boolean;
}

/**
 * Flips a side when the card would not fit on it, and only towards a side with more room: on a
 * map smaller than the card (a phone) the card goes where most of it shows.
 */
export function placeCard(
	point: { x: number; y: number },
	frame: { width: number; height: number },
	card: { width: number; height: number } = CARD
): Placement {
	const flip = (at: number, size: number, room: number) => at > room - size && at > room - at;
	return {
		left: flip(point.x, card.width, frame.width),
		up: flip(point.y, card.height, frame.height)
	};
}
