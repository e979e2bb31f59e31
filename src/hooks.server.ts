/**
 * Puts the prerendered world map into every page. The map component renders its country group
 * empty; the paths are added here, once per page, so they reach the browser only in the HTML
 * and hydration leaves them alone (see `$lib/geo/markup.server.ts`).
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { buildMapMarkup } from '$lib/geo/markup.server';
import { assertDatasetValid } from '$lib/server/dataset-check';

assertDatasetValid();

const markup = buildMapMarkup(base);
const SLOT = /(<g[^>]*\bdata-geo="countries"[^>]*>)(<\/g>)/;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace(SLOT, (_, open, close) => open + markup + close)
	});
