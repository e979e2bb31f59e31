/**
 * What the map's hover card says of a dataset country in the view shown (the colouring, the
 * year), beside its name: the build writes today's lines on each country's link, the atlas
 * rewrites them when a year or the tactic colouring is shown, and the card reads them from the
 * link (`dom/hover/`), so one small script serves the card before and after hydration.
 */
import type { Country } from './schema';
import type { YearStatus } from './periods';
import type { YearTactic } from './tactic-at';
import { organisationLabel } from './names';
import { statusLabel, statusOf } from './status';
import { tacticCategoryOf, tacticLabel } from './tactics';
import { statusLine } from './year-text';
import { tacticLine } from './tactic-at';

export interface TooltipLines {
	/** The organisation's names; at a year, the note of the period then (null: none). */
	org: string | null;
	/** Whether `org` is a period's note rather than the organisation's names. */
	then: boolean;
	/** The status or the tactic, today or at the year. */
	meta: string;
}

export interface TooltipView {
	/** The tactic colouring is shown, not the status one. */
	byTactic: boolean;
	/** The timeline's year; null for today. */
	year: number | null;
	/** The country's status at that year. */
	at?: YearStatus;
	/** The country's tactic at that year. */
	tactic?: YearTactic;
}

export const TODAY_BY_STATUS: TooltipView = { byTactic: false, year: null };

export function tooltipLines(country: Country, view: TooltipView): TooltipLines {
	const { byTactic, year, at, tactic } = view;
	if (year !== null && at) {
		return {
			org: at.period ? at.period.note : null,
			then: true,
			meta: byTactic && tactic ? tacticLine(tactic, year) : statusLine(at, year)
		};
	}
	return {
		org: organisationLabel(country),
		then: false,
		meta: byTactic ? tacticLabel(tacticCategoryOf(country)) : statusLabel(statusOf(country), false)
	};
}
