/**
 * Puts the prerendered world map into every page. The map components render their country group
 * empty; the paths are added here, once per page, so they reach the browser only in the HTML
 * and hydration leaves them alone (see `$lib/geo/markup.server.ts`). Presentation pages zoom
 * in up to eight times, so they get a finer map than the atlas.
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { fillSlot, markSelected } from '$lib/geo/map-dom';
import { buildMapMarkup } from '$lib/geo/markup.server';
import { PRESENT_PRECISION } from '$lib/geo/projection';
import { DETAIL } from '$lib/geo/rings.server';
import atlas from '$lib/data/atlas.json';
import ledger from '$lib/data/ledger.json';
import { assertDatasetValid } from '$lib/server/dataset-check';

assertDatasetValid(atlas, ledger);

const markup = {
	atlas: buildMapMarkup(base),
	present: buildMapMarkup(base, DETAIL.present, PRESENT_PRECISION, false)
};

const COUNTRY_PAGE = /\/country\/([a-z]{2})$/;
const PRESENT_PAGE = /^\/present(\/|$)/;

export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const selected = COUNTRY_PAGE.exec(path)?.[1] ?? null;
	const map = PRESENT_PAGE.test(path) ? markup.present : markSelected(markup.atlas, selected);
	return resolve(event, {
		transformPageChunk: ({ html }) => fillSlot(html, map)
	});
};
