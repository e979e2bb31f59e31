/**
 * The legend's rows for either colouring: every class in a fixed order, its label, what it means
 * and how many dataset countries fall in it (the "no presence" row counts the rest of the world
 * as not applicable, so it shows a dash). At a year of the timeline the statuses, and so the
 * counts, are that year's, and a row explains the mark of a status known only from a mention.
 */
import { countries } from './dataset';
import type { YearStatus } from './periods';
import { STATUSES, statusDescription, statusLabel, statusOf } from './status';
import { TACTIC_CATEGORIES, tacticCategoryOf, tacticLabel } from './tactics';
import { m } from '../paraglide/messages';
import type { Country } from './schema';
import type { YearTactic } from './tactic-at';

/** What the map's fills show. */
export type ColourBy = 'status' | 'tactic';

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

type Statuses = ReadonlyMap<string, YearStatus>;
type Tactics = ReadonlyMap<string, YearTactic>;

export function legendFor(
	colourBy: ColourBy,
	list: readonly Country[] = countries,
	statuses: Statuses | null = null,
	tactics: Tactics | null = null
): LegendEntry[] {
	if (colourBy === 'status') {
		const of = statuses ? (c: Country) => statuses.get(c.iso2)?.status ?? 'none' : statusOf;
		const counts = tally(STATUSES, of, list);
		return STATUSES.map((key) => ({
			key,
			label: statusLabel(key, statuses !== null),
			description: statusDescription(key, statuses !== null),
			count: key === 'none' ? '–' : (counts.get(key) ?? 0)
		}));
	}
	const of = tactics ? (c: Country) => tactics.get(c.iso2)?.category ?? 'none' : tacticCategoryOf;
	const counts = tally(TACTIC_CATEGORIES, of, list);
	return TACTIC_CATEGORIES.map((key) => {
		const label = tacticLabel(key);
		const tactic = label[0]!.toLowerCase() + label.slice(1);
		return {
			key,
			label,
			description:
				key === 'none'
					? tactics
						? m.legend_tactic_none_then()
						: m.legend_tactic_none_current()
					: tactics
						? m.legend_tactic_then({ tactic })
						: m.legend_tactic_current({ tactic }),
			count: counts.get(key) ?? 0
		};
	});
}

/** Countries drawn with the dashed edge: shown, and dated only by a mention or not at all. */
function dashed(
	list: readonly Country[],
	shown: (iso2: string) => { knownFrom?: unknown; undated?: boolean } | undefined
): Country[] {
	return list.filter((c) => {
		const at = shown(c.iso2);
		return at !== undefined && (at.knownFrom !== undefined || at.undated === true);
	});
}

/** The row for the dashed edge: statuses the source dates only by a later mention, or not at all. */
export function knownEntry(statuses: Statuses, list: readonly Country[] = countries): LegendEntry {
	const marked = dashed(list, (iso2) => {
		const at = statuses.get(iso2);
		return at && at.status !== 'none' ? at : undefined;
	});
	return {
		key: 'known',
		label: m.legend_known_label(),
		description: m.legend_known_status_description(),
		count: marked.length
	};
}

/** The same row for the tactic colouring: tactics the source dates only by their end, or not at all. */
export function tacticKnownEntry(
	tactics: Tactics,
	list: readonly Country[] = countries
): LegendEntry {
	const marked = dashed(list, (iso2) => {
		const at = tactics.get(iso2);
		return at && at.category !== 'none' ? at : undefined;
	});
	return {
		key: 'known',
		label: m.legend_known_label(),
		description: m.legend_known_tactic_description(),
		count: marked.length
	};
}
