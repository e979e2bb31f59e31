/**
 * Where in the world the family tree's organisations were: the countries one spanned, for the
 * map to light, and a country's path through the tree, the organisations it belonged to in the
 * order the tendency went through them (for Spain: the CWI, the CMI, the IMT, then El Militante
 * and the Izquierda Revolucionaria beside the new section that stayed).
 */
import type { Lineage, LineageOrganisation } from '../schema';
import { treeOrder } from './graph';

/** The countries `id` spanned, as the source places it; undefined for an unknown id. */
export function countriesOf(lineage: Lineage, id: string): readonly string[] | undefined {
	return lineage.organisations.find((o) => o.id === id)?.countries;
}

/** The organisations a country belonged to, each after those it came from. */
export function pathOf(lineage: Lineage, iso2: string): LineageOrganisation[] {
	const code = iso2.toLowerCase();
	return treeOrder(lineage).filter((o) => o.countries.includes(code));
}

/** Whether the tree spans `iso2` at all: only such a country has a place, and a path, in it. */
export const inTree = (lineage: Lineage, iso2: string): boolean =>
	lineage.organisations.some((o) => o.countries.includes(iso2));
