/**
 * When SvelteKit starts on a page whose first script serves the map's hover (`first-load.ts`).
 * The build rewrites kit's inline start-up script (`server/first-load.ts`) to hand its imports
 * and the modules it preloaded to `START_HOOK` instead of running them at once: they start once
 * the page has loaded, painted and gone idle, or at the first press of a pointer or a key,
 * whichever comes first. Until then the page is the prerendered HTML, its CSS and that script:
 * the map is painted, hover and focus show the card, and a country's link opens its page.
 */
import { afterNextPaint } from '$lib/dom/timing/after-paint';
import { whenIdle } from '$lib/dom/timing/when-idle';

/** The global the rewritten start-up script calls: `(modules, begin) => begin's promise`. */
export const START_HOOK = '__atlasStart';

/** The longest wait for an idle moment after the first paint that follows the load. */
const IDLE_MS = 1000;
const EARLY = ['pointerdown', 'keydown'] as const;

type Begin = () => Promise<unknown>;

/** Adds a modulepreload link per module, so the app's files load in parallel once it starts. */
function preload(doc: Document, modules: readonly string[]): void {
	for (const href of modules) {
		const link = doc.createElement('link');
		link.rel = 'modulepreload';
		link.href = href;
		doc.head.append(link);
	}
}

export function startLater(win: Window): void {
	const doc = win.document;
	let go = () => {};
	const started = new Promise<void>((resolve) => (go = resolve));
	const early = () => {
		go();
		for (const type of EARLY) win.removeEventListener(type, early, true);
	};
	for (const type of EARLY) win.addEventListener(type, early, { capture: true, passive: true });
	const idle = () => afterNextPaint(() => whenIdle(early, IDLE_MS));
	if (doc.readyState === 'complete') idle();
	else win.addEventListener('load', idle, { once: true });
	Object.assign(win, {
		[START_HOOK]: (modules: readonly string[], begin: Begin) =>
			started.then(() => {
				preload(doc, modules);
				return begin();
			})
	});
}
