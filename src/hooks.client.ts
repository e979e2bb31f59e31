/**
 * Hydration waits for the first frame. The map is in the HTML and needs no script to be seen,
 * but the app's modules are preloaded, so without this the browser runs the whole hydration in
 * the tasks before its first paint and the page shows nothing until it is done (the bench's
 * first contentful paint went from about 1.2 s to 0.7 s at 4x throttle). Kit awaits `init`
 * before it hydrates. A page out of sight paints no frames, so it hydrates at once, and a second
 * at most is waited in any case.
 */
import type { ClientInit } from '@sveltejs/kit';
import { afterNextPaint } from '$lib/dom/timing/after-paint';

const MOST_MS = 1000;

export const init: ClientInit = () =>
	new Promise<void>((ready) => {
		if (document.visibilityState !== 'visible') return ready();
		afterNextPaint(ready);
		setTimeout(ready, MOST_MS);
	});
