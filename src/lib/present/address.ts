/**
 * What a presentation's address asks for: the tour (`?tour=`, default, a speaker's codes or the
 * chronological `history`) and the stop to open on (`?stop=`). Whatever the address holds, the
 * talk opens on a sensible tour and stop; every part it could not follow becomes a notice, so a
 * speaker sees at once that a prepared link is wrong.
 */
import type { Country } from '$lib/data/schema';
import { m } from '$lib/paraglide/messages';
import { HISTORY, historyTour } from './history';
import { defaultTour, parseStop, parseTour, type Stop } from './tour';
import { LINEAGE, lineageTour } from './tree-stops';

export interface TalkTour {
	stops: Stop[];
	/** The tour as it should stay in the address: the codes that worked, `history`, or null. */
	tour: string | null;
	/** One sentence for each part of the address that could not be followed. */
	notices: string[];
}

export interface TalkAddress extends TalkTour {
	/** The stop to open on, 0-based. */
	index: number;
	/** Whether `?stop=` named a stop of this tour, which a newly opened window then keeps. */
	stopGiven: boolean;
}

/** Address text echoed in a notice, cut short: it is shown as text, never as markup. */
const echo = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

function listed(items: readonly string[]): string {
	const shown = items.slice(0, 8).map(echo).join(', ');
	return items.length > 8
		? m.talk_notice_and_more({ list: shown, count: items.length - 8 })
		: shown;
}

/** The tour `?tour=` asks for; the presentation and its printable deck both read it so. */
export function readTour(params: URLSearchParams, countries: readonly Country[]): TalkTour {
	const notices: string[] = [];
	const tours = params.getAll('tour');
	if (tours.length > 1) notices.push(m.talk_notice_many_tours({ count: tours.length }));
	const param = tours[0] ?? null;
	const named = param?.trim().toLowerCase();
	const history = named === HISTORY;
	const lineage = named === LINEAGE;
	const parsed = history
		? { stops: historyTour(), skipped: [] }
		: lineage
			? { stops: lineageTour(), skipped: [] }
			: parseTour(param, countries);
	const stops = parsed?.stops ?? defaultTour(countries);
	const own = parsed !== null && !history && !lineage && stops[0]?.kind === 'country';
	if (parsed?.skipped.length) {
		const codes = listed(parsed.skipped);
		notices.push(own ? m.talk_notice_skipped({ codes }) : m.talk_notice_skipped_default({ codes }));
	}
	const codes = stops.flatMap((s) => (s.kind === 'country' ? [s.iso2] : []));
	const tour = history ? HISTORY : lineage ? LINEAGE : own ? codes.join(',') : null;
	return { stops, tour, notices };
}

export function readAddress(params: URLSearchParams, countries: readonly Country[]): TalkAddress {
	const { stops, tour, notices } = readTour(params, countries);
	const stopParams = params.getAll('stop');
	// An empty `?stop=` asks for nothing, like no `?stop=` at all.
	const raw = stopParams[0] || null;
	const index = parseStop(raw, stops.length);
	const stopGiven = raw !== null && String(index + 1) === raw.replace(/^0+(?=\d)/, '');
	if (stopParams.length > 1) {
		notices.push(m.talk_notice_many_stops({ count: stopParams.length }));
	}
	if (raw !== null && !stopGiven) {
		notices.push(m.talk_notice_no_stop({ stop: echo(raw), total: stops.length }));
	}
	return { stops, index, tour, stopGiven, notices };
}
