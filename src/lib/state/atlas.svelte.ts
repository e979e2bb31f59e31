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
	colourBy = $state<ColourBy>('status');

	setHover(hover: Hover | null): void {
		this.hover = hover;
	}
}

const KEY = Symbol('atlas');

export function setAtlasState(state = new AtlasState()): AtlasState {
	return setContext(KEY, state);
}

export function getAtlasState(): AtlasState {
	const state = getContext<AtlasState | undefined>(KEY);
	if (!state) throw new Error('getAtlasState() needs setAtlasState() in a parent component');
	return state;
}
