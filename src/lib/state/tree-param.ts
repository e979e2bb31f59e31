/**
 * What the family tree shows, in the address: the chosen organisation (`?org=imt`), whose
 * countries the map lights, or a country chosen on the map (`?country=es`), whose path through
 * the tree is marked. One at a time: choosing one clears the other. The address is untrusted
 * input, so only an organisation of the tree, or a country it spans, is taken; anything else
 * shows the tree with nothing chosen.
 */
import type { Lineage } from '$lib/data/schema';
import { inTree } from '$lib/data/lineage/countries';

export interface TreeChoice {
	/** The chosen organisation's id, or null. */
	org: string | null;
	/** The country whose path is shown (ISO alpha-2, lower case), or null. */
	country: string | null;
}

export const NOTHING_CHOSEN: TreeChoice = { org: null, country: null };

const one = (params: URLSearchParams, key: string) => {
	const values = params.getAll(key);
	return values.length === 1 ? values[0]! : null;
};

export function readTreeChoice(params: URLSearchParams, lineage: Lineage): TreeChoice {
	const org = one(params, 'org');
	if (org !== null && lineage.organisations.some((o) => o.id === org))
		return { org, country: null };
	const country = one(params, 'country');
	if (country !== null && inTree(lineage, country)) return { org: null, country };
	return NOTHING_CHOSEN;
}

/** `url` showing `choice` instead, as a path with its query and fragment; other parameters stay. */
export function withTreeChoice(url: URL, choice: TreeChoice): string {
	const params = new URLSearchParams(url.search);
	params.delete('org');
	params.delete('country');
	if (choice.org !== null) params.set('org', choice.org);
	else if (choice.country !== null) params.set('country', choice.country);
	const query = params.toString();
	return `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}

/**
 * The choice a tree address shows. As with the year (see `yearOfAddress`), one made since the
 * last navigation is in the history state, which shallow routing keeps with each entry.
 */
export function treeChoiceOfAddress(url: URL, state: App.PageState, lineage: Lineage): TreeChoice {
	return state.tree ?? readTreeChoice(url.searchParams, lineage);
}
