/**
 * Recolours a prerendered map's tactic fills for a year, as `paint-year.ts` does statuses: each
 * country link's `data-tactic` takes its tactic at that year, and `data-tactic-known` marks one
 * whose start the source does not date. The tactic the build wrote is kept, so null (today)
 * restores it.
 */
import type { YearTactic } from '$lib/data/tactic-at';
import { countryLinks, isoOf } from '$lib/geo/map-dom';

export function paintTactics(
	map: ParentNode,
	tactics: ReadonlyMap<string, YearTactic> | null
): void {
	for (const link of countryLinks(map)) {
		link.dataset.tacticBuilt ??= link.dataset.tactic;
		const tactic = tactics?.get(isoOf(link));
		link.dataset.tactic = tactic ? tactic.category : link.dataset.tacticBuilt!;
		const known = tactic?.undated ? 'undated' : tactic?.knownFrom ? String(tactic.knownFrom) : null;
		if (known) link.dataset.tacticKnown = known;
		else delete link.dataset.tacticKnown;
	}
}
