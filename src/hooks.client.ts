/**
 * Hydration waits for the first frame. The map is in the HTML and needs no script to be seen,
 * but the app's modules are preloaded, so without this the browser runs the whole hydration in
 * the tasks before its first paint and the page shows nothing until it is done (the bench's
 * first contentful paint went from about 1.2 s to 0.7 s at 4x throttle). Kit awaits `init`
 * before it hydrates. A page out of sight paints no frames, so it hydrates at once, and no page
 * waits more than MOST_MS. It also waits for the page's language: its facts and its interface
 * messages are files of their own (see `prose-loader.ts` and `i18n/message-tables.ts`), which
 * the page rendered on the server and must render the same. So do the dataset's details
 * (citations, the family tree, …: `data/details-split.ts`) on every page that renders them; the
 * home page renders none, so it hydrates without them and loads them while the browser is idle,
 * before a first click is likely (a click that comes sooner waits for them). Then, while the
 * browser is idle, it prepares what the first click on a country would otherwise prepare on the
 * spot (the date formats).
 */
import type { ClientInit } from '@sveltejs/kit';
import { afterNextPaint } from '$lib/dom/timing/after-paint';
import { whenIdle } from '$lib/dom/timing/when-idle';
import { loadProse } from '$lib/data/prose-loader';
import { loadDetails } from '$lib/data/details.svelte';
import { prepareDateFormats } from '$lib/data/dates';
import { cacheLocaleByAddress } from '$lib/i18n/locale-by-address';
import { loadMessages } from '$lib/i18n/message-tables';
import { deLocalizeUrl, getLocale } from '$lib/paraglide/runtime';
import { registerWorker } from '$lib/dom/offline/register-worker';
import { listenForHover } from '$lib/dom/hover/listen';
import { dev } from '$app/environment';

// Every message reads the locale from the address; once per address is enough.
cacheLocaleByAddress();
registerWorker();
// As built, the page's first script serves the map's hover card (dom/hover/first-load.ts); the
// development server cannot inline it under the policy, so there the app does.
if (dev) listenForHover(document);

// Under load a first frame can take most of a second; past this, hydration stops waiting for it
// (the browser tests' page-after-page sessions showed the cost of a longer wait).
const MOST_MS = 200;

const firstFrame = () =>
	new Promise<void>((ready) => {
		if (document.visibilityState !== 'visible') return ready();
		afterNextPaint(ready);
		setTimeout(ready, MOST_MS);
	});

// The atlas's home page, in any language: the map, the year control and the tendency's summary.
const onHome = () => deLocalizeUrl(location.href).pathname === '/';

export const init: ClientInit = async () => {
	const locale = getLocale();
	const home = onHome();
	await Promise.all([
		firstFrame(),
		loadProse(locale),
		loadMessages(locale),
		home ? undefined : loadDetails()
	]);
	if (home) whenIdle(() => void loadDetails(), 2000);
	whenIdle(() => prepareDateFormats(locale), 4000);
};
