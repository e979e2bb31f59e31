/**
 * Each country link's accessible name agrees with its colours: the prerendered names describe
 * today; a year replaces them and today puts back the names the build wrote.
 */
import { localeCountry } from '$lib/data/localized';
import type { YearStatus } from '$lib/data/periods';
import { linkLabel } from '$lib/data/year-text';
import { countryLinks, isoOf } from '$lib/geo/map-dom';

/** Renames every country link of `map` for `year`; null restores the names the build wrote. */
export function labelLinks(
	map: ParentNode,
	year: number | null,
	statuses: ReadonlyMap<string, YearStatus> | null
): void {
	for (const link of countryLinks(map)) {
		const built = (link.dataset.labelBuilt ??= link.getAttribute('aria-label') ?? '');
		const iso2 = isoOf(link);
		const at = statuses?.get(iso2);
		const name = localeCountry(iso2)?.name;
		link.setAttribute(
			'aria-label',
			at && name && year !== null ? linkLabel(name, at, year) : built
		);
	}
}
