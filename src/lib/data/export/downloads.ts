/**
 * Where the data files are. They exist in English only (see routes/data/), so their addresses
 * have no language prefix: `localHref` would send a Spanish page to `/es/data/…`, which is not built.
 */
import { resolve } from '$app/paths';

export const DOWNLOADS = {
	csv: resolve('/data/imt-atlas.csv'),
	json: resolve('/data/imt-atlas.json')
} as const;
