/**
 * The page's first script, inlined by the build into every page that shows the atlas's map
 * (`scripts/first-load-plugin.js` bundles it, `server/first-load.ts` puts it in the page with
 * its hash in the page's Content Security Policy). A few hundred bytes serve the map's hover and
 * focus card from the markup and start SvelteKit later; once the first frame is painted the page
 * says so on `<html data-hover-ready>`, which the bench takes as the end of the first load.
 */
import { afterNextPaint } from '$lib/dom/timing/after-paint';
import { listenForHover } from './listen';
import { startLater } from './start-later';

listenForHover(document);
startLater(window);
afterNextPaint(() => (document.documentElement.dataset.hoverReady = 'true'));
