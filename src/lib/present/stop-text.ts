/**
 * What a stop's panel says, as plain paragraphs for a picture of it (a frame of the tour's
 * video), in the order and with the emphasis the talk's panel (`StopPanel`) gives them: where
 * the country stood, then the event of a chronological stop, or the organisation, its summary and
 * its latest dated events. The source line and the colour key are drawn apart, as on a slide. A
 * family-tree stop has no such panel in the video: its frame is its slide (see tour-slides.ts).
 */
import { whenText } from '$lib/data/chronology';
import { countries } from '$lib/data/dataset';
import { localeDataset } from '$lib/data/localized';
import { notNamed, organisationLabel, unnamedOrganisation } from '$lib/data/names';
import { statusLabel, statusOf } from '$lib/data/status';
import { knownFromText, yearStatuses } from '$lib/data/year-statuses';
import { m } from '$lib/paraglide/messages';
import { historyEventOf } from './history';
import { keyEvents, stopCountry, stopEvent } from './stops';
import type { Stop } from './tour';

/** `kicker`: the small line above; `when`: an event's date, large; `date`: an event's date in a list. */
export type TextRole = 'kicker' | 'when' | 'strong' | 'body' | 'date';

export interface Paragraph {
	role: TextRole;
	text: string;
}

/** The stop's panel, `progress` ("4 / 37") first, as the talk's kicker line shows it. */
export function stopText(stop: Stop, progress: string): Paragraph[] {
	const history = historyEventOf(stop);
	const country = stopCountry(stop);
	const then = history?.iso2 ? yearStatuses(history.year).get(history.iso2) : undefined;
	const status = history ? (then?.status ?? null) : country ? statusOf(country) : null;
	const label =
		status === null
			? null
			: history
				? m.talk_panel_status_in_year({
						status: statusLabel(status, true),
						year: String(history.year)
					})
				: statusLabel(status, false);
	const known = then ? knownFromText(then) : null;
	const kicker = [progress, label, known].filter((t): t is string => Boolean(t)).join(' · ');
	const list = (events: ReturnType<typeof keyEvents>): Paragraph[] =>
		events.flatMap((e) => [
			{ role: 'date', text: whenText(e) },
			{ role: 'body', text: e.text }
		]);
	const event = stopEvent(stop);
	const { tendency } = localeDataset();
	const body: Paragraph[] = event
		? [
				{ role: 'when', text: whenText(event) },
				{ role: 'body', text: event.text }
			]
		: country
			? [
					{
						role: 'strong',
						text:
							organisationLabel(country) === notNamed()
								? unnamedOrganisation()
								: organisationLabel(country)
					},
					{ role: 'body', text: country.summary },
					...(keyEvents(country.events, 3).length
						? list(keyEvents(country.events, 3))
						: [{ role: 'body' as const, text: m.talk_panel_undated() }])
				]
			: stop.kind === 'tendency'
				? [
						{ role: 'body', text: tendency.summary[0] ?? '' },
						...list(keyEvents(tendency.events, 3, 'earliest'))
					]
				: [{ role: 'body', text: m.talk_panel_world({ count: countries.length }) }];
	return [{ role: 'kicker', text: kicker }, ...body];
}
