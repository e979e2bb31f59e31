/**
 * Two steps for every page. First the language: Paraglide's middleware reads it from the address
 * (`/es/…`), scopes it to this request (prerendering renders every language in one process) and
 * writes it into `<html lang dir>`. Then the map: the map components render their country group
 * empty; the paths are added here, once per page, so they reach the browser only in the HTML and
 * hydration leaves them alone (see `$lib/geo/markup.server.ts`). The markup carries the
 * country names, accessible labels, hover lines and links of the page's language. Presentation
 * pages zoom in up to eight times, so they get a finer map than the atlas, and a coarse copy of
 * it for the camera's flights. The atlas's and the embed's pages, as built, also get their first
 * script inlined and SvelteKit's start deferred (`$lib/server/first-load.ts`); the talk's pages
 * start at once, since their keys need the app. Last, every page but the embed's gets the site's
 * icon inside it (`$lib/server/icon.ts`).
 */
import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { base } from '$app/paths';
import { building } from '$app/environment';
import firstLoadScript from 'virtual:first-load-script';
import { deferStart } from '$lib/server/first-load';
import { withIcon } from '$lib/server/icon';
import { fillCoarseSlot, fillSlot, markSelected } from '$lib/geo/map-dom';
import { coarseMarkup } from '$lib/geo/coarse-markup.server';
import { buildMapMarkup } from '$lib/geo/markup.server';
import { PRESENT_PRECISION } from '$lib/geo/projection';
import { DETAIL } from '$lib/geo/rings.server';
import atlas from '$lib/data/atlas.json';
import ledger from '$lib/data/ledger.json';
import { assertDatasetValid } from '$lib/server/dataset-check';
import { loadProse } from '$lib/data/prose-loader';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { deLocalizeUrl, getLocale, getTextDirection, type Locale } from '$lib/paraglide/runtime';

assertDatasetValid(atlas, ledger);

// Built once per language and kind of page, the first time a page needs it. The embed's country
// links lead to the embed's own country pages, so that without JavaScript a click stays in the frame.
const markups = new Map<string, string>();
function markupFor(kind: 'atlas' | 'present' | 'coarse' | 'embed', locale: Locale): string {
	const key = `${kind}:${locale}`;
	let markup = markups.get(key);
	if (markup === undefined) {
		markup =
			kind === 'present'
				? buildMapMarkup(base, locale, DETAIL.present, PRESENT_PRECISION, false)
				: kind === 'coarse'
					? coarseMarkup(locale, PRESENT_PRECISION)
					: buildMapMarkup(kind === 'embed' ? `${base}/embed` : base, locale);
		markups.set(key, markup);
	}
	return markup;
}

const COUNTRY_PAGE = /^(?:\/embed)?\/country\/([a-z]{2})$/;
const PRESENT_PAGE = /^\/present(\/|$)/;
const EMBED_PAGE = /^\/embed(\/|$)/;

/** The page's path inside the site, without its language. */
const pagePath = (url: URL) => deLocalizeUrl(url).pathname.slice(base.length);

const language: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, async ({ request, locale }) => {
		event.request = request;
		await loadProse(locale);
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%lang%', locale).replace('%dir%', getTextDirection(locale))
		});
	});

const map: Handle = ({ event, resolve }) => {
	const path = pagePath(event.url);
	// Inside the language step, so the locale is this request's.
	const locale = getLocale();
	const selected = COUNTRY_PAGE.exec(path)?.[1] ?? null;
	const present = PRESENT_PAGE.test(path);
	const markup = present
		? markupFor('present', locale)
		: markSelected(markupFor(EMBED_PAGE.test(path) ? 'embed' : 'atlas', locale), selected);
	// In development the policy is a header this cannot rewrite: the app listens itself there
	// (hooks.client.ts).
	const firstLoad = building && !present;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const filled = fillSlot(html, markup);
			// The talk's flight draws a coarse copy of its map (PresentMap.svelte); no other page has one.
			if (present) return fillCoarseSlot(filled, markupFor('coarse', locale));
			return firstLoad ? deferStart(filled, firstLoadScript) : filled;
		}
	});
};

// The site's icon is in the page, not fetched, except in the embed's (see `$lib/server/icon.ts`).
const icon: Handle = ({ event, resolve }) => {
	const framed = EMBED_PAGE.test(pagePath(event.url));
	const file = framed ? `${base}/favicon.png` : undefined;
	return resolve(event, { transformPageChunk: ({ html }) => withIcon(html, file) });
};

export const handle = sequence(language, map, icon);
