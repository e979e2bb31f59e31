import { describe, expect, it } from 'vitest';
import { countryByIso, dataset } from '$lib/data/dataset';
import { eventsInYear, type YearEvent } from '$lib/data/timeline';
import { YEARS } from '$lib/data/year-statuses';
import { m } from '$lib/paraglide/messages';
import { groupEvents, yearsWithEvents } from './year-events';

const cite = [{ source: 'wp-imt', para: 1, quote: 'q' }];
const event = (iso2: string | null, date: string): YearEvent => ({
	iso2,
	event: { id: `${iso2}-${date}`, date, text: `${iso2 ?? 'tendency'} ${date}`, cite }
});
const nameOf = (iso2: string) => countryByIso(iso2)?.name ?? iso2;
const summary = (events: YearEvent[]) =>
	groupEvents(events, nameOf).map((g) => [g.name, g.events.map((e) => e.date)]);

describe('groupEvents', () => {
	it.each([
		{ name: 'nothing', input: [], expected: [] },
		{
			name: 'the tendency first, then countries by name, events kept in order',
			input: [
				event('ve', '2010'),
				event(null, '2010-01'),
				event('co', '2010-01'),
				event('ve', '2010-04')
			],
			expected: [
				[m.events_tendency(), ['2010-01']],
				['Colombia', ['2010-01']],
				['Venezuela', ['2010', '2010-04']]
			]
		},
		{
			name: 'a country alone',
			input: [event('br', '2015-05-05')],
			expected: [['Brazil', ['2015-05-05']]]
		}
	])('$name', ({ input, expected }) => {
		expect(summary(input)).toEqual(expected);
	});

	it('tells the January 2010 split once for the tendency and once per country it concerns', () => {
		const groups = groupEvents(eventsInYear(dataset, 2010), nameOf);
		expect(groups.map((g) => g.name)).toEqual([
			m.events_tendency(),
			'Colombia',
			'Mexico',
			'Spain',
			'Venezuela'
		]);
		for (const group of groups) {
			expect(
				group.events.filter((e) => e.date === '2010-01'),
				group.name
			).toHaveLength(1);
		}
	});
});

describe('yearsWithEvents', () => {
	it('has the years with events, not the quiet ones', () => {
		const years = yearsWithEvents(dataset, YEARS);
		for (const year of [1964, 1974, 1992, 2010, 2015, 2019])
			expect(years.has(year), `${year}`).toBe(true);
		for (const year of [1965, 1990, 2000, 2007]) expect(years.has(year), `${year}`).toBe(false);
	});
});
