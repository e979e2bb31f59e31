import { paragraphsOf } from '$lib/data/validate';
import { SOURCE_TEXTS } from '$lib/server/reference';
import type { PageServerLoad } from './$types';

// The article's text is read on the server: only this page's HTML (and its data file, for
// client-side navigation) carries it, not the JavaScript every page loads.
export const load: PageServerLoad = () => ({
	paragraphs: paragraphsOf(SOURCE_TEXTS['wp-imt'] ?? '')
});
