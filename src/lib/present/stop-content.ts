/**
 * What a stop's panel says, decided once: the talk's panel (`StopPanel`) lays it out in large
 * type, and a frame of the tour's video (`stopText`) draws it as paragraphs. Where the country
 * stood (at the end of a dated event's year, as the map shows it), then one body: a family-tree
 * moment, a dated event, a country's organisation with its latest dated events, the tendency's
 * summary with its earliest, or the world.
 */
import { whenText } from '$lib/data/chronology';
import { countries } from '$lib/data/dataset';
import { localeDataset } from '$lib/data/localized';
import { notNamed, organisationLabel, unnamedOrganisation } from '$lib/data/names';
import type { AtlasEvent } from '$lib/data/schema';
import { statusLabel, statusOf, type Status } from '$lib/data/status';
import { knownFromText, yearStatuses } from '$lib/data/year-statuses';
import { m } from '$lib/paraglide/messages';
import { historyEventOf } from './history';
import { keyEvents, stopCountry, stopEvent, treeStopLine } from './stops';
import type { Stop } from './tour';
import { treeMomentOf } from './tree-stops';

export type StopBody =
	| { kind: 'tree'; when: string; line: string }
	| { kind: 'event'; when: string; text: string }
	/** `events` empty: the source dates none of the country's events. */
	| { kind: 'country'; organisation: string; summary: string; events: AtlasEvent[] }
	| { kind: 'tendency'; summary: string; events: AtlasEvent[] }
	| { kind: 'world'; summary: string };

export interface StopContent {
	/** How the country stood, or null for a stop about no country. */
	status: Status | null;
	/** The status in words: "Section in 1992" for a dated event, "Section" otherwise. */
	statusText: string | null;
	/** How the source knows the status of that year, when it is inferred. */
	known: string | null;
	body: StopBody;
}

export function stopContent(stop: Stop): StopContent {
	const history = historyEventOf(stop);
	const country = stopCountry(stop);
	const then = history?.iso2 ? yearStatuses(history.year).get(history.iso2) : undefined;
	const status = history ? (then?.status ?? null) : country ? statusOf(country) : null;
	const statusText =
		status === null
			? null
			: history
				? m.talk_panel_status_in_year({
						status: statusLabel(status, true),
						year: String(history.year)
					})
				: statusLabel(status, false);
	return { status, statusText, known: then ? knownFromText(then) : null, body: bodyOf(stop) };
}

function bodyOf(stop: Stop): StopBody {
	const moment = treeMomentOf(stop);
	if (moment)
		return { kind: 'tree', when: whenText({ date: moment.date }), line: treeStopLine(stop) ?? '' };
	const event = stopEvent(stop);
	if (event) return { kind: 'event', when: whenText(event), text: event.text };
	const country = stopCountry(stop);
	if (country) {
		const label = organisationLabel(country);
		return {
			kind: 'country',
			organisation: label === notNamed() ? unnamedOrganisation() : label,
			summary: country.summary,
			events: keyEvents(country.events, 3)
		};
	}
	const { tendency } = localeDataset();
	if (stop.kind === 'tendency')
		return {
			kind: 'tendency',
			summary: tendency.summary[0] ?? '',
			events: keyEvents(tendency.events, 3, 'earliest')
		};
	return { kind: 'world', summary: m.talk_panel_world({ count: countries.length }) };
}
