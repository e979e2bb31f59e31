/**
 * What the atlas page shares between map, tooltip, legend and panel: the pointer's country and
 * the colouring. The selected country is not here: it lives in the URL (see `selection.ts`).
 */
import { getContext, setContext } from 'svelte';

export type ColourBy = 'status' | 'tactic';

/** What the pointer or focus is on: a dataset country, or any other country by name. */
export type HoverTarget = { iso2: string; name?: never } | { name: string; iso2?: never };

export interface Hover {
	target: HoverTarget;
	/** Where to show the tooltip, in CSS pixels from the map's top-left corner. */
	x: number;
	y: number;
}

export class AtlasState {
	hover = $state<Hover | null>(null);
	/**
	 * What the tooltip describes: the current target, or the last one once the pointer has left.
	 * The tooltip keeps its text while hidden, so showing it again only changes what differs.
	 */
	described = $state<HoverTarget>();
	colourBy = $state<ColourBy>('status');

	/** `initial` fills the hidden tooltip from the start, so its fonts are ready for the first hover. */
	constructor(initial: HoverTarget) {
		this.described = initial;
	}

	setHover(hover: Hover | null): void {
		this.hover = hover;
		if (hover) this.described = hover.target;
	}
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
