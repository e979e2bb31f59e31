import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { countries, countryByIso, dataset } from '$lib/data/dataset';
import { inDateOrder } from '$lib/data/chronology';
import { parseDate, sortKey } from '$lib/data/dates';
import { statusOf } from '$lib/data/status';
import { HISTORY_EVENTS } from './history';
import {
	citedParagraphs,
	keyEvents,
	sourceLine,
	speakerNotes,
	statusTally,
	stopEvent,
	stopTitle
} from './stops';
import { addProse, localeCountry } from '$lib/data/localized';
import { inLocale } from '$lib/i18n/in-locale';
import { getLocale, locales, overwriteGetLocale } from '$lib/paraglide/runtime';

const keyOf = (date: string | null) => sortKey(parseDate(date!)!);

describe('stopTitle', () => {
	it.each([
		[{ kind: 'tendency' } as const, dataset.tendency.name],
		[{ kind: 'world' } as const, 'The tendency worldwide'],
		[{ kind: 'country', iso2: 'br' } as const, 'Brazil']
	])('%o is titled %s', (stop, title) => expect(stopTitle(stop)).toBe(title));
});

describe('keyEvents', () => {
	it.each(countries.map((c) => [c.iso2, c] as const))('%s: dated, latest, oldest first', (_, c) => {
		const shown = keyEvents(c.events, 3);
		const dated = c.events.filter((e) => e.date);
		expect(shown).toHaveLength(Math.min(3, dated.length));
		const keys = shown.map((e) => keyOf(e.date));
		expect(keys).toEqual([...keys].sort((a, b) => a - b));
		// Nothing left out is later than what is shown.
		const left = dated.filter((e) => !shown.includes(e)).map((e) => keyOf(e.date));
		if (keys.length && left.length) expect(Math.max(...left)).toBeLessThanOrEqual(keys[0]!);
	});

	it("takes the earliest of the tendency's events to tell how it began", () => {
		const first = keyEvents(dataset.tendency.events, 3, 'earliest');
		expect(first.map((e) => e.date)).toEqual(
			inDateOrder(dataset.tendency.events.filter((e) => e.date))
				.slice(0, 3)
				.map((e) => e.date)
		);
		expect(first[0]!.text).toMatch(/Militant/);
	});
});

describe('speakerNotes', () => {
	it('gives a country every event, with its date or a note that there is none', () => {
		for (const country of countries) {
			const dates = speakerNotes({ kind: 'country', iso2: country.iso2 }).find(
				(n) => n.heading === 'Dates'
			);
			expect(dates?.lines.length ?? 0).toBe(country.events.length);
			for (const line of dates?.lines ?? []) expect(line).toMatch(/^(Date not given|.*\d{4}): /);
		}
	});

	it("names Brazil's entryism and when it ended", () => {
		const notes = speakerNotes({ kind: 'country', iso2: 'br' });
		const tactics = notes.find((n) => n.heading === 'Tactics')!.lines.join('\n');
		expect(tactics).toContain("Workers' Party");
		expect(tactics).toContain('5 May 2015');
		expect(tactics).not.toMatch(/\) \(/);
	});

	it.each([
		{ iso2: 'br', expected: 'Esquerda Marxista (Marxist Left): IMT section' },
		{
			iso2: 'se',
			expected: 'Organisation not named in the source: Predecessor (Militant / CWI)'
		}
	])('names $iso2 organisations by name, or leads with the role', ({ iso2, expected }) => {
		const lines = speakerNotes({ kind: 'country', iso2 }).find(
			(n) => n.heading === 'Organisations'
		)!.lines;
		expect(lines[0]).toBe(expected);
		for (const line of lines) expect(line).toMatch(/^[A-Z]/);
	});

	it('covers the tendency-wide events in date order', () => {
		const lines = speakerNotes({ kind: 'tendency' }).find((n) => n.heading === 'Dates')!.lines;
		expect(lines).toHaveLength(dataset.tendency.events.length);
		expect(lines[0]).toMatch(/^1964: /);
	});

	it('is empty for a code that is not in the atlas rather than failing', () => {
		expect(speakerNotes({ kind: 'country', iso2: 'zz' })).toEqual([]);
		expect(countryByIso('zz')).toBeUndefined();
	});
});

describe('statusTally', () => {
	it('counts every country with a status once', () => {
		const total = statusTally()
			.split(' · ')
			.map((part) => Number(part.split(': ')[1]));
		const withStatus = countries.filter((c) => statusOf(c) !== 'none').length;
		expect(total.reduce((a, b) => a + b, 0)).toBe(withStatus);
	});
});

describe('citedParagraphs and sourceLine', () => {
	it.each(countries.map((c) => [c.iso2, c] as const))(
		'%s: every cited paragraph, once, in order',
		(iso2, c) => {
			const paras = citedParagraphs({ kind: 'country', iso2 });
			const every = [...c.bodies, ...c.tactics, ...c.events].flatMap((x) =>
				x.cite.map((y) => y.para)
			);
			expect(new Set(paras)).toEqual(new Set(every));
			expect(paras).toEqual([...paras].sort((a, b) => a - b));
		}
	);

	it('names the article, the paragraphs and the licence', () => {
		expect(sourceLine([5, 7])).toBe(
			'Source: Wikipedia, “International Marxist Tendency”, ¶5 ¶7 (CC BY-SA 4.0)'
		);
	});
});

describe('in another language', () => {
	const english = getLocale;
	afterEach(() => overwriteGetLocale(english));

	it.each([
		{
			locale: 'es',
			world: 'La tendencia en el mundo',
			heading: 'Fechas',
			source: 'Fuente: Wikipedia, «International Marxist Tendency», ¶5 ¶7 (CC BY-SA 4.0)'
		},
		{
			locale: 'fr',
			world: 'La tendance dans le monde',
			heading: 'Dates',
			source:
				'Source\u00a0: Wikipédia, «\u00a0International Marxist Tendency\u00a0», ¶5 ¶7 (CC BY-SA 4.0)'
		}
	] as const)(
		'$locale: titles, headings and the source line',
		({ locale, world, heading, source }) => {
			overwriteGetLocale(() => locale);
			expect(stopTitle({ kind: 'world' })).toBe(world);
			expect(speakerNotes({ kind: 'tendency' }).map((n) => n.heading)).toContain(heading);
			expect(sourceLine([5, 7])).toBe(source);
		}
	);

	it.each([
		['en', 1, '1 country.'],
		['en', 22, '22 countries.'],
		['es', 1, '1 país.'],
		['es', 22, '22 países.'],
		['it', 1, '1 paese.'],
		['it', 22, '22 paesi.']
	] as const)("%s: the world stop's notes count %i as %s", (locale, count, text) => {
		overwriteGetLocale(() => locale);
		expect(m.talk_notes_countries({ count })).toBe(text);
	});
});

describe('a stop of the chronological tour', () => {
	const n = HISTORY_EVENTS.findIndex((h) => h.iso2 === 'br' && h.year === 2015);
	const stop = { kind: 'event', n } as const;

	it('is titled by its country and cites only its event', () => {
		expect(stopTitle(stop)).toBe('Brazil');
		expect(citedParagraphs(stop)).toEqual([
			...new Set(HISTORY_EVENTS[n]!.event.cite.map((c) => c.para))
		]);
	});

	it("tells the speaker the event, the year's other events and the status then", () => {
		const notes = speakerNotes(stop);
		const event = notes.find((x) => x.heading === 'The event')!.lines.join('\n');
		expect(event).toContain('5 May 2015');
		expect(event).toMatch(/At the end of 2015: Section/);
	});

	it('is titled by the tendency for a tendency-wide event', () => {
		const m = HISTORY_EVENTS.findIndex((h) => h.iso2 === null);
		expect(stopTitle({ kind: 'event', n: m })).toBe(dataset.tendency.name);
	});
});

describe('the chronological tour in every language', () => {
	const others = locales.filter((l) => l !== 'en');
	beforeAll(() => {
		for (const locale of others)
			addProse(
				locale,
				JSON.parse(readFileSync(`src/lib/data/translations/${locale}.json`, 'utf8'))
			);
	});
	const stops = HISTORY_EVENTS.map((history, n) => ({
		history,
		stop: { kind: 'event', n } as const
	}));

	it.each(others)('%s: every stop is titled and told in that language', (locale) =>
		inLocale(locale, () => {
			const english = stops.filter(({ history, stop }) => {
				const title = history.iso2 ? localeCountry(history.iso2, locale)!.name : null;
				return (
					(title !== null && stopTitle(stop) !== title) ||
					stopEvent(stop)!.text === history.event.text
				);
			});
			expect(english.map(({ history }) => `${history.year} ${history.event.id}`)).toEqual([]);
		})
	);

	it.each([
		['es', 'Izquierda Revolucionaria'],
		['pt', 'Izquierda Revolucionaria (Esquerda Revolucionária)'],
		['fr', 'Izquierda Revolucionaria (Gauche révolutionnaire)'],
		['it', 'Izquierda Revolucionaria (Sinistra Rivoluzionaria)']
	] as const)(
		'%s: the notes on Venezuela gloss the body its section left for as %s',
		(locale, joined) =>
			inLocale(locale, () => {
				const lines = speakerNotes({ kind: 'country', iso2: 've' }).flatMap((x) => x.lines);
				expect(lines.join('\n')).not.toContain('Revolutionary Left');
				expect(lines.some((l) => l.includes(joined))).toBe(true);
			})
	);

	it("es: the speaker's notes tell the year's other events in Spanish", () =>
		inLocale('es', () => {
			const n = HISTORY_EVENTS.findIndex((h) => h.iso2 === 'mx');
			expect(stopTitle({ kind: 'event', n })).toBe('México');
			const lines = speakerNotes({ kind: 'event', n }).flatMap((x) => x.lines);
			const englishTexts = HISTORY_EVENTS.map((h) => h.event.text);
			expect(lines.filter((l) => englishTexts.some((t) => l.includes(t)))).toEqual([]);
		}));
});
