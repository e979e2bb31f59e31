/**
 * A horizontal swipe on a touch screen: left moves on, right goes back. Short or mostly
 * vertical movements are taps and scrolls, not swipes.
 */
type Point = Pick<PointerEvent, 'clientX' | 'clientY'>;

export const MIN_SWIPE = 60;

export function swipeOf(start: Point, end: Point): 'next' | 'previous' | null {
	const dx = end.clientX - start.clientX;
	const dy = end.clientY - start.clientY;
	if (Math.abs(dx) < MIN_SWIPE || Math.abs(dx) < 2 * Math.abs(dy)) return null;
	return dx < 0 ? 'next' : 'previous';
}
