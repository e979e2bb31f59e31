import { describe, expect, it } from 'vitest';
import { countries, dataset } from '$lib/data/dataset';
import { parseDate, sortKey } from '$lib/data/dates';
import { foldRetellings, HISTORY_EVENTS, historyEventOf, historyTour, stopYear } from './history';
import type { AtlasEvent } from '$lib/data/schema';
import { momentOf, TREE_MOMENTS } from './tree-stops';

const dated = [dataset.tendency.events, ...countries.map((c) => c.events)]
	.flat()
	.filter((e) => e.date);

describe('the chronological tour', () => {
	it('has a stop for every dated event, once, told or folded in, and none for undated ones', () => {
		const told = HISTORY_EVENTS.flatMap((h) => (h.retold ? [h.event, h.retold] : [h.event]));
		expect(told).toHaveLength(dated.length);
		expect(new Set(told)).toEqual(new Set(dated));
	});

	it.each([
		{ year: 1964, iso2: 'gb', text: /The Militant newspaper is founded\./ },
		{ year: 2016, iso2: 'pk', text: /minority reorganises/ },
		{ year: 2017, iso2: 'br', text: /Brazilian section suffers a split/ },
		{ year: 2019, iso2: 'ru', text: /votes to fuse/ }
	])(
		'folds the tendency’s $year event and its one retelling into one stop, at $iso2',
		({ year, iso2, text }) => {
			const stops = HISTORY_EVENTS.filter(
				(h) =>
					h.year === year &&
					(h.iso2 === iso2 || h.iso2 === null) &&
					text.test(h.event.text + h.retold?.text)
			);
			expect(stops).toHaveLength(1);
			expect(stops[0]!.iso2).toBe(iso2);
			// The fuller of the two wordings is the one shown.
			expect(stops[0]!.event.text.length).toBeGreaterThanOrEqual(stops[0]!.retold!.text.length);
		}
	);

	it('keeps the tendency’s stop when several countries retell it: the CWI in 1974', () => {
		const cwi = HISTORY_EVENTS.filter((h) => h.year === 1974);
		expect(cwi.map((h) => h.iso2)).toEqual([null, 'ie', 'se', 'gb']);
		expect(cwi.every((h) => !h.retold)).toBe(true);
	});

	it('never shows the same words twice in a row', () => {
		HISTORY_EVENTS.slice(1).forEach((h, i) => {
			expect(h.event.text, `${h.year}`).not.toBe(HISTORY_EVENTS[i]!.event.text);
		});
	});

	it('runs in date order and starts with Militant in 1964', () => {
		const keys = HISTORY_EVENTS.map((h) => sortKey(parseDate(h.event.date!)!));
		expect(keys).toEqual([...keys].sort((a, b) => a - b));
		expect(HISTORY_EVENTS[0]!.year).toBe(1964);
		expect(HISTORY_EVENTS[0]!.event.text).toMatch(/Militant/);
	});

	it('gives each stop the year of its event and ends on today’s world', () => {
		const tour = historyTour();
		expect(tour.at(-1)).toEqual({ kind: 'world' });
		for (const stop of tour.slice(0, -1).filter((s) => s.kind === 'event')) {
			const h = historyEventOf(stop)!;
			expect(stopYear(stop)).toBe(parseDate(h.event.date!)!.year);
		}
		expect(stopYear({ kind: 'world' })).toBeNull();
	});

	it('shows a moment’s tree once, right after the last event that tells it', () => {
		const tour = historyTour();
		const trees = tour.flatMap((s, i) => (s.kind === 'tree' ? [{ n: s.n, i }] : []));
		expect(trees.map((t) => TREE_MOMENTS[t.n]!.date)).toEqual([
			'1974',
			'early 1992',
			'2006',
			'2010-01',
			'2011',
			'2016',
			'2019-05-03/2019-05-04'
		]);
		for (const { n, i } of trees) {
			const before = historyEventOf(tour[i - 1]!)!;
			expect(momentOf(before.event)).toBe(n);
			const later = tour.slice(i).flatMap((s) => historyEventOf(s) ?? []);
			expect(later.map((h) => momentOf(h.event))).not.toContain(n);
		}
		expect(tour.filter((s) => s.kind === 'event')).toHaveLength(HISTORY_EVENTS.length);
	});

	it('zooms to the country an event belongs to, and to the world for the tendency’s', () => {
		const brazil2015 = HISTORY_EVENTS.find((h) => h.iso2 === 'br' && h.year === 2015);
		expect(brazil2015?.event.date).toBe('2015-05-05');
		const renaming = HISTORY_EVENTS.find((h) => h.year === 2006 && h.iso2 === null);
		expect(renaming?.event.text).toMatch(/renamed/);
	});
});

describe('foldRetellings', () => {
	const event = (text: string, date: string, para: number): AtlasEvent => ({
		id: 'event',
		date,
		text,
		cite: [{ source: 'wp-imt', para, quote: 'q' }]
	});
	const imt = event('The tendency-wide telling, the longer one.', '2016', 12);
	const pk = event('Pakistan retells it.', '2016', 12);
	const ve = event('Venezuela, same year, another paragraph.', '2016', 11);
	const br = event('Brazil retells it too.', '2016', 12);
	const imt2 = event('A second tendency event on that date.', '2016', 12);

	it.each([
		{
			name: 'one retelling: one stop, at the country, in the fuller words',
			input: [
				{ iso2: null, event: imt },
				{ iso2: 'pk', event: pk }
			],
			expected: [{ iso2: 'pk', event: imt, retold: pk }]
		},
		{
			name: 'another paragraph is another fact',
			input: [
				{ iso2: null, event: imt },
				{ iso2: 've', event: ve }
			],
			expected: [
				{ iso2: null, event: imt },
				{ iso2: 've', event: ve }
			]
		},
		{
			name: 'two retellings: the tendency’s stop stays, and each country’s',
			input: [
				{ iso2: null, event: imt },
				{ iso2: 'pk', event: pk },
				{ iso2: 'br', event: br }
			],
			expected: [
				{ iso2: null, event: imt },
				{ iso2: 'pk', event: pk },
				{ iso2: 'br', event: br }
			]
		},
		{
			name: 'a retelling folds into one tendency event only',
			input: [
				{ iso2: null, event: imt },
				{ iso2: null, event: imt2 },
				{ iso2: 'pk', event: pk }
			],
			expected: [
				{ iso2: 'pk', event: imt, retold: pk },
				{ iso2: null, event: imt2 }
			]
		}
	])('$name', ({ input, expected }) => {
		expect(foldRetellings(input)).toEqual(expected);
	});
});
