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
import { tacticMeaning } from './tactic-meaning';
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
	/** The dataset countries of the class, which the map lights up while the entry is pointed at. */
	members: readonly string[];
	/** Whether the rest of the world, the countries without data, belongs to the class too. */
	rest: boolean;
}

/** The dataset countries in each class, so that a count and the countries lit are one list. */
function sorted<K extends string>(
	keys: readonly K[],
	of: (c: Country) => K,
	list: readonly Country[]
): Map<K, string[]> {
	return new Map(keys.map((k) => [k, list.filter((c) => of(c) === k).map((c) => c.iso2)]));
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
		const members = sorted(STATUSES, of, list);
		return STATUSES.map((key) => ({
			key,
			label: statusLabel(key, statuses !== null),
			description: statusDescription(key, statuses !== null),
			count: key === 'none' ? '–' : (members.get(key)?.length ?? 0),
			members: members.get(key) ?? [],
			rest: key === 'none'
		}));
	}
	const of = tactics ? (c: Country) => tactics.get(c.iso2)?.category ?? 'none' : tacticCategoryOf;
	const members = sorted(TACTIC_CATEGORIES, of, list);
	return TACTIC_CATEGORIES.map((key) => {
		// What the class gathers, in the panel's words; "none described" says when it holds.
		const none = tactics ? m.legend_tactic_none_then() : m.legend_tactic_none_current();
		return {
			key,
			label: tacticLabel(key),
			description: tacticMeaning(key) ?? none,
			count: members.get(key)?.length ?? 0,
			members: members.get(key) ?? [],
			rest: false
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
		count: marked.length,
		members: marked.map((c) => c.iso2),
		rest: false
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
		count: marked.length,
		members: marked.map((c) => c.iso2),
		rest: false
	};
}

/** The row for the dashed edge in either colouring, at a year; today no edge is dashed. */
export function knownRow(
	colourBy: ColourBy,
	statuses: Statuses | null,
	tactics: Tactics | null,
	list: readonly Country[] = countries
): LegendEntry | null {
	if (colourBy === 'tactic') return tactics && tacticKnownEntry(tactics, list);
	return statuses && knownEntry(statuses, list);
}

/** The legend row `key` stands for in the colouring and year shown, or null when it has none. */
export function legendRow(
	key: string | null,
	colourBy: ColourBy,
	statuses: Statuses | null,
	tactics: Tactics | null
): LegendEntry | null {
	if (key === null) return null;
	if (key === 'known') return knownRow(colourBy, statuses, tactics);
	return legendFor(colourBy, countries, statuses, tactics).find((e) => e.key === key) ?? null;
}
