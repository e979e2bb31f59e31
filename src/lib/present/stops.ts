/**
 * What a stop says: its title, the few facts the audience reads from the back of the hall, and
 * the fuller notes the speaker reads from the presenter view. All of it comes from the dataset,
 * in its own words; where the source gives no date, the notes say so.
 */
import { inDateOrder, tacticSpan, whenText } from '$lib/data/chronology';
import { countries, source } from '$lib/data/dataset';
import { localeCountry, localeDataset, localeEvent } from '$lib/data/localized';
import { bodyName, organisationLabel, roleLine, unnamedOrganisation } from '$lib/data/names';
import type { AtlasEvent, Citation, Country } from '$lib/data/schema';
import { statusLabel, statusOf, STATUSES } from '$lib/data/status';
import { describeTactic } from '$lib/data/tactics';
import { knownFromText, yearStatuses } from '$lib/data/year-statuses';
import { m } from '$lib/paraglide/messages';
import { HISTORY_EVENTS, historyEventOf } from './history';
import type { Stop } from './tour';
import { branchLine, branchNotes, branchParagraphs, branchTitle } from './tree-branch';
import { treeMomentOf } from './tree-stops';

/**
 * The country a stop is about, in the page's language: a country's own stop, or the country of
 * a dated event.
 */
export function stopCountry(stop: Stop): Country | undefined {
	if (stop.kind === 'country') return localeCountry(stop.iso2);
	const iso2 = historyEventOf(stop)?.iso2;
	return iso2 ? localeCountry(iso2) : undefined;
}

/** The event a stop of the chronological tour tells, in the page's language. */
export function stopEvent(stop: Stop): AtlasEvent | undefined {
	const history = historyEventOf(stop);
	return history && localeEvent(history.event);
}

export function stopTitle(stop: Stop): string {
	if (stop.kind === 'world') return m.talk_world_title();
	if (stop.kind === 'country') return stopCountry(stop)?.name ?? stop.iso2.toUpperCase();
	const moment = treeMomentOf(stop);
	if (moment) return branchTitle(moment, localeDataset().lineage);
	return stopCountry(stop)?.name ?? localeDataset().tendency.name;
}

/**
 * The events the audience sees: dated ones only (an undated line on a slide reads as a gap),
 * shown oldest first; the latest `max` of a country's, or the first of the tendency's, which
 * tell how it began.
 */
export function keyEvents(
	events: readonly AtlasEvent[],
	max = 3,
	end: 'latest' | 'earliest' = 'latest'
): AtlasEvent[] {
	const dated = inDateOrder(events.filter((e) => e.date));
	return end === 'latest' ? dated.slice(-max) : dated.slice(0, max);
}

/** "label: text", a note's line, with the language's own spacing around the colon. */
const line = (label: string, text: string) => m.talk_notes_line({ label, text });

/** "12 sections, 3 groups, …": how the atlas's countries stand today. */
export function statusTally(list: readonly Country[] = countries): string {
	return STATUSES.filter((s) => s !== 'none')
		.map((s) => ({ s, n: list.filter((c) => statusOf(c) === s).length }))
		.filter(({ n }) => n > 0)
		.map(({ s, n }) => line(statusLabel(s, false), String(n)))
		.join(' · ');
}

export interface Notes {
	heading: string;
	lines: string[];
}

/** Everything the dataset holds on the stop, as short lines with their dates. */
export function speakerNotes(stop: Stop): Notes[] {
	if (stop.kind === 'event') return eventNotes(stop);
	const moment = treeMomentOf(stop);
	if (moment) {
		const { links, organisations } = branchNotes(moment, localeDataset().lineage);
		return [
			{ heading: m.talk_notes_tree_links(), lines: links },
			{ heading: m.talk_notes_organisations(), lines: organisations }
		];
	}
	if (stop.kind === 'world')
		return [
			{
				heading: m.talk_notes_today(),
				lines: [m.talk_notes_countries({ count: countries.length }), statusTally()]
			}
		];
	if (stop.kind === 'tendency') {
		const { tendency } = localeDataset();
		return [
			{ heading: m.talk_notes_in_brief(), lines: [...tendency.summary] },
			{
				heading: m.talk_notes_dates(),
				lines: inDateOrder(tendency.events).map((e) => line(whenText(e), e.text))
			}
		];
	}
	const country = stopCountry(stop);
	if (!country) return [];
	return [
		{
			heading: m.talk_notes_in_brief(),
			lines: [
				country.summary,
				m.talk_notes_organisation_now({ organisation: organisationLabel(country) })
			]
		},
		{
			heading: m.talk_notes_organisations(),
			// A line never opens on "not named in the source", nor stacks it in brackets.
			lines: country.bodies.map((b) =>
				line(b.name ? bodyName(b) : unnamedOrganisation(), roleLine(b))
			)
		},
		{
			heading: m.talk_notes_tactics(),
			lines: country.tactics.map((t) => {
				const { type, party } = describeTactic(t);
				// Middle dots, not brackets: a party's name may carry a bracketed note of its own.
				return line([type, party, tacticSpan(t)].filter(Boolean).join(' · '), t.summary);
			})
		},
		{
			heading: m.talk_notes_dates(),
			lines: inDateOrder(country.events).map((e) => line(whenText(e), e.text))
		}
	].filter((n) => n.lines.length);
}

/** A dated event's stop: the event, the rest of its year, and where the country then stood. */
function eventNotes(stop: Stop): Notes[] {
	const history = historyEventOf(stop);
	if (!history) return [];
	const { year, iso2 } = history;
	const event = localeEvent(history.event);
	const others = HISTORY_EVENTS.filter((h) => h.year === year && h !== history);
	const status = iso2 ? yearStatuses(year).get(iso2) : undefined;
	const known = status ? knownFromText(status) : null;
	const label = status ? statusLabel(status.status, true) : '';
	const then = !status
		? []
		: known
			? [m.talk_notes_end_of_year_known({ year: String(year), status: label, known })]
			: [m.talk_notes_end_of_year({ year: String(year), status: label })];
	return [
		{ heading: m.talk_notes_event(), lines: [line(whenText(event), event.text), ...then] },
		{
			heading: m.talk_notes_also_in({ year: String(year) }),
			lines: others.map((h) =>
				line(
					h.iso2 ? (localeCountry(h.iso2)?.name ?? h.iso2) : m.talk_notes_tendency(),
					localeEvent(h.event).text
				)
			)
		}
	].filter((n) => n.lines.length);
}

/** The one line a tree stop's panel says: its first link, in full. */
export function treeStopLine(stop: Stop): string | undefined {
	const moment = treeMomentOf(stop);
	return moment && branchLine(moment, localeDataset().lineage);
}

/** The paragraphs of the source a stop's facts rest on, in order. */
export function citedParagraphs(stop: Stop): number[] {
	const cites = (list: readonly { cite: readonly Citation[] }[]) => list.flatMap((x) => x.cite);
	const moment = treeMomentOf(stop);
	if (moment) return branchParagraphs(moment, localeDataset().lineage);
	const history = historyEventOf(stop);
	if (history) return [...new Set(history.event.cite.map((c) => c.para))].sort((a, b) => a - b);
	const country = stopCountry(stop);
	const all = country
		? [...cites(country.bodies), ...cites(country.tactics), ...cites(country.events)]
		: cites(localeDataset().tendency.events);
	return [...new Set(all.map((c) => c.para))].sort((a, b) => a - b);
}

/** "Source: Wikipedia, “International Marxist Tendency”, ¶5, ¶7 (CC BY-SA 4.0)". */
export function sourceLine(paragraphs: readonly number[] = []): string {
	const [title, licence] = [source.title, source.licence];
	return paragraphs.length
		? m.talk_source_line_paragraphs({
				title,
				paragraphs: paragraphs.map((p) => `¶${p}`).join(' '),
				licence
			})
		: m.talk_source_line({ title, licence });
}
