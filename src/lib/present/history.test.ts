import { describe, expect, it } from 'vitest';
import { countries, dataset } from '$lib/data/dataset';
import { parseDate, sortKey } from '$lib/data/dates';
import { HISTORY_EVENTS, historyEventOf, historyTour, stopYear } from './history';

const dated = [dataset.tendency.events, ...countries.map((c) => c.events)]
	.flat()
	.filter((e) => e.date);

describe('the chronological tour', () => {
	it('has a stop for every dated event, once, and none for undated ones', () => {
		expect(HISTORY_EVENTS).toHaveLength(dated.length);
		expect(new Set(HISTORY_EVENTS.map((h) => h.event))).toEqual(new Set(dated));
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
		for (const stop of tour.slice(0, -1)) {
			const h = historyEventOf(stop)!;
			expect(stopYear(stop)).toBe(parseDate(h.event.date!)!.year);
		}
		expect(stopYear({ kind: 'world' })).toBeNull();
	});

	it('zooms to the country an event belongs to, and to the world for the tendency’s', () => {
		const brazil2015 = HISTORY_EVENTS.find((h) => h.iso2 === 'br' && h.year === 2015);
		expect(brazil2015?.event.date).toBe('2015-05-05');
		const renaming = HISTORY_EVENTS.find((h) => h.year === 2006 && h.iso2 === null);
		expect(renaming?.event.text).toMatch(/renamed/);
	});
});
