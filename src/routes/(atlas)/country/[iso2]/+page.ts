import { error } from '@sveltejs/kit';
import { countries, countryByIso } from '$lib/data/dataset';
import { m } from '$lib/paraglide/messages';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => countries.map((c) => ({ iso2: c.iso2 }));

// The layout draws the panel from the URL; the page only turns unknown codes into a 404.
export const load: PageLoad = ({ params }) => {
	if (countryByIso(params.iso2)?.iso2 !== params.iso2) {
		error(404, m.not_found_unknown_country({ code: params.iso2 }));
	}
};
