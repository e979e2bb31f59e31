/**
 * What the atlas page shares between map, legend, timeline and panel: the colouring and the year
 * shown (the hover card is the page's first script's, `dom/hover/`). The selected country is not here: it lives in the
 * URL (see `selection.ts`), and so do the year and the colouring: the state derives them from
 * the address.
 */
import { getContext, setContext } from 'svelte';
import type { ColourBy } from '$lib/data/legend';
import type { YearStatus } from '$lib/data/periods';
import type { YearTactic } from '$lib/data/tactic-at';
import { yearStatuses, yearTactics } from '$lib/data/year-statuses';
import { localeCountries } from '$lib/data/localized';
import { countries } from '$lib/data/dataset';
import { m } from '$lib/paraglide/messages';
import { countriesOf } from '$lib/data/lineage/countries';
import { dataset } from '$lib/data/dataset';
import { NOTHING_CHOSEN, type TreeChoice } from './tree-param';

export class AtlasState {
	/**
	 * The country whose panel just closed over the list: its row takes the focus back as the list
	 * comes back (see the list page), so a reader is where they left. Null once taken.
	 */
	closedOverList = $state<string | null>(null);
	/** The legend row whose countries the map lights (its key), or null. */
	highlight = $state<string | null>(null);
	/** The timeline's year, as the address gives it; null for today, the map as built. */
	year: number | null;
	/** What the fills show, at any year: tactics have dates as statuses do. */
	colourBy: ColourBy;
	/** Every country's status at that year; null today. */
	statuses: ReadonlyMap<string, YearStatus> | null;
	/** Every country's tactic at that year; null today. */
	tactics: ReadonlyMap<string, YearTactic> | null;
	/** What the family tree shows, as the address gives it: a chosen organisation or country. */
	tree: TreeChoice;
	/** The countries the chosen organisation spanned, which the map lights; null with none. */
	lit: readonly string[] | null;
	/** Opens a country's panel (the layout's shallow routing). */
	readonly open: (iso2: string) => void;

	/** `yearOf`, `colourOf` and `treeOf` read the year, the colouring and the family tree's choice from the address. */
	constructor(
		open: (iso2: string) => void,
		yearOf: () => number | null,
		colourOf: () => ColourBy,
		treeOf: () => TreeChoice = () => NOTHING_CHOSEN
	) {
		this.open = open;
		this.year = $derived(yearOf());
		// From the page's language's countries: a status carries its period's note, which is read.
		this.statuses = $derived(
			this.year === null ? null : yearStatuses(this.year, localeCountries())
		);
		this.tactics = $derived(this.year === null ? null : yearTactics(this.year));
		this.colourBy = $derived(colourOf());
		this.tree = $derived(treeOf());
		this.lit = $derived(
			this.tree.org === null ? null : (countriesOf(dataset.lineage, this.tree.org) ?? null)
		);
	}

	setHighlight(key: string | null): void {
		this.highlight = key;
	}
}

/** The map's accessible name: what it shows, coloured by what, and when. */
export function mapLabel(colourBy: ColourBy, year: number | null): string {
	const colouring = colourBy === 'tactic' ? m.map_colouring_tactic() : m.map_colouring_status();
	const count = countries.length;
	return year === null
		? m.map_label_today({ count, colouring })
		: m.map_label_year({ count, colouring, year });
}

const KEY = Symbol('atlas');

export function setAtlasState(state: AtlasState): AtlasState {
	return setContext(KEY, state);
}

export function getAtlasState(): AtlasState {
	const state = getContext<AtlasState | undefined>(KEY);
	if (!state) throw new Error('getAtlasState() needs setAtlasState() in a parent component');
	return state;
}
