/**
 * Which input zooms or pans the atlas map. A plain wheel belongs to the page, which it scrolls;
 * with ctrl or cmd held (and a trackpad's pinch, which the browser sends as a ctrl-wheel) it
 * zooms. Otherwise d3-zoom's own rule: no secondary button, no ctrl-click (which opens a link in
 * a new tab); a mouse drag only once the map is zoomed in, where there is something to pan, so
 * that a plain click on the whole map runs none of d3-zoom's code. Touch always: pinch and drag
 * (double-tap zoom is switched off in zoom.ts: a tap opens a country).
 */

/** How far in the map zooms: a small country then fills a phone's screen. */
export const MAX_ZOOM = 12;

/** What the rule reads of a DOM event. */
export interface GestureEvent {
	type: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	button?: number;
}

/** Whether d3-zoom should take `event`, the map being at scale `k`. */
export function zoomsOrPans({ type, ctrlKey, metaKey, button }: GestureEvent, k: number): boolean {
	if (type === 'wheel') return !!(ctrlKey || metaKey);
	if (type === 'mousedown' && k <= 1) return false;
	return !ctrlKey && !button;
}
