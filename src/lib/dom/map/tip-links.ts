/**
 * Each country link's hover lines agree with the map shown: the build writes today's, by status;
 * a year or the tactic colouring rewrites them (`data/tooltip-lines.ts`), and the hover card
 * (`dom/hover/`) reads whatever the link holds.
 */
import { localeCountry } from '$lib/data/localized';
import type { YearStatus } from '$lib/data/periods';
import type { YearTactic } from '$lib/data/tactic-at';
import { tooltipLines, type TooltipView } from '$lib/data/tooltip-lines';
import { countryLinks, isoOf, writeTip } from '$lib/geo/map-dom';

/** Rewrites the hover lines of every country link of `map` for the colouring and year shown. */
export function tipLinks(
	map: ParentNode,
	view: Pick<TooltipView, 'byTactic' | 'year'>,
	statuses: ReadonlyMap<string, YearStatus> | null,
	tactics: ReadonlyMap<string, YearTactic> | null
): void {
	for (const link of countryLinks(map)) {
		const iso2 = isoOf(link);
		const country = localeCountry(iso2);
		if (!country) continue;
		const at = statuses?.get(iso2);
		const tactic = tactics?.get(iso2);
		writeTip(link, tooltipLines(country, { ...view, at, tactic }));
	}
}
