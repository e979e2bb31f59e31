/**
 * Recolours a prerendered map for a year: each country link's `data-status` takes its status
 * at that year (the palette's rules colour by that attribute), and `data-known` marks a status
 * the source dates only by a mention. The status the build wrote is kept, so null (today)
 * restores it. Used by the atlas's timeline and by the presentation's chronological tour.
 */
import type { YearStatus } from '$lib/data/periods';
import { countryLinks, isoOf } from '$lib/geo/map-dom';

export interface StatusChange {
	link: SVGAElement;
	from: string;
	to: string;
}

/** Returns the links whose status changed, for whatever marks the change. */
export function paintYear(
	map: ParentNode,
	statuses: ReadonlyMap<string, YearStatus> | null
): StatusChange[] {
	const changes: StatusChange[] = [];
	for (const link of countryLinks(map)) {
		link.dataset.statusBuilt ??= link.dataset.status;
		const status = statuses?.get(isoOf(link));
		const next = status ? status.status : link.dataset.statusBuilt!;
		if (link.dataset.status !== next) {
			changes.push({ link, from: link.dataset.status!, to: next });
			link.dataset.status = next;
		}
		const known = status?.undated ? 'undated' : status?.knownFrom ? String(status.knownFrom) : null;
		if (known) link.dataset.known = known;
		else delete link.dataset.known;
	}
	return changes;
}
