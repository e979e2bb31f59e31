/**
 * Puts the prerendered world map into every page. The map component renders its country group
 * empty; the paths are added here, once per page, so they reach the browser only in the HTML
 * and hydration leaves them alone (see `$lib/geo/markup.server.ts`).
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { buildMapMarkup, markSelected } from '$lib/geo/markup.server';
import { assertDatasetValid } from '$lib/server/dataset-check';

assertDatasetValid();

const markup = buildMapMarkup(base);
const SLOT = /(<g[^>]*\bdata-geo="countries"[^>]*>)(<\/g>)/;

const COUNTRY_PAGE = /\/country\/([a-z]{2})$/;

export const handle: Handle = ({ event, resolve }) => {
	const selected = COUNTRY_PAGE.exec(event.url.pathname)?.[1] ?? null;
	const map = markSelected(markup, selected);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace(SLOT, (_, open, close) => open + map + close)
	});
};
