/**
 * The legend's rows for either colouring: every class in a fixed order, its label, what it means
 * and how many dataset countries fall in it (the "no presence" row counts the rest of the world
 * as not applicable, so it shows a dash).
 */
import { countries } from '$lib/data/dataset';
import { STATUSES, STATUS_DESCRIPTION, STATUS_LABEL, statusOf } from '$lib/data/status';
import { TACTIC_CATEGORIES, TACTIC_LABEL, tacticCategoryOf } from '$lib/data/tactics';
import type { Country } from '$lib/data/schema';
import type { ColourBy } from '$lib/state/atlas.svelte';

export interface LegendEntry {
	key: string;
	label: string;
	description: string;
	count: number | '–';
}

function tally<K extends string>(
	keys: readonly K[],
	of: (c: Country) => K,
	list: readonly Country[]
) {
	return new Map(keys.map((k) => [k, list.filter((c) => of(c) === k).length]));
}

export function legendFor(colourBy: ColourBy, list: readonly Country[] = countries): LegendEntry[] {
	if (colourBy === 'status') {
		const counts = tally(STATUSES, statusOf, list);
		return STATUSES.map((key) => ({
			key,
			label: STATUS_LABEL[key],
			description: STATUS_DESCRIPTION[key],
			count: key === 'none' ? '–' : (counts.get(key) ?? 0)
		}));
	}
	const counts = tally(TACTIC_CATEGORIES, tacticCategoryOf, list);
	return TACTIC_CATEGORIES.map((key) => ({
		key,
		label: TACTIC_LABEL[key],
		description:
			key === 'none'
				? 'No current tactic described in the source (or no organisation).'
				: `Current tactic, as the source describes it: ${TACTIC_LABEL[key].toLowerCase()}.`,
		count: counts.get(key) ?? 0
	}));
}
