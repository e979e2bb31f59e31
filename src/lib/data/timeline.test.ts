import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import type { AtlasEvent, Country, Dataset, Period } from './schema';
import { eventsInYear, milestones, timelineYears } from './timeline';

const cite = [{ source: 'wp-imt', para: 1, quote: 'the International Marxist Tendency' }];
const event = (date: string | null): AtlasEvent => ({
	id: `event-${date}`,
	date,
	text: `event ${date}`,
	cite
});

/** A dataset holding only what the timeline reads. */
function facts(tendency: AtlasEvent[], countries: Array<Partial<Country>> = []) {
	const base = { iso2: 'xx', events: [] as AtlasEvent[], periods: [] as Period[] };
	return {
		tendency: { ...dataset.tendency, events: tendency },
		countries: countries.map((c) => ({ ...dataset.countries[0]!, ...base, ...c }))
	} satisfies Pick<Dataset, 'tendency' | 'countries'>;
}

describe('timelineYears', () => {
	it('runs from the Militant newspaper (1964) to the Russian fusion (2019)', () => {
		expect(timelineYears(dataset)).toEqual({ first: 1964, last: 2019 });
	});

	it.each([
		{
			name: "countries' events as well as the tendency's",
			input: facts([event('2000')], [{ events: [event('1990'), event('end 2005')] }]),
			expected: { first: 1990, last: 2005 }
		},
		{
			name: "dated mentions that bound a period's presence",
			input: facts(
				[event('2000')],
				[
					{
						periods: [
							{
								id: 'predecessor',
								status: 'predecessor',
								from: null,
								fromNote: 'Not dated.',
								knownFrom: { date: '1974', cite },
								to: null,
								toNote: 'Not followed.',
								knownUntil: { date: '2011', cite },
								note: 'Allies.',
								cite
							}
						]
					}
				]
			),
			expected: { first: 1974, last: 2011 }
		},
		{
			name: 'no undated event',
			input: facts([event(null), event('2003-04'), event(null)]),
			expected: { first: 2003, last: 2003 }
		}
	])('counts $name', ({ input, expected }) => {
		expect(timelineYears(input)).toEqual(expected);
	});

	it('refuses a dataset that dates nothing, which has no timeline', () => {
		expect(() => timelineYears(facts([event(null)]))).toThrow(/dates nothing/);
	});
});

describe('eventsInYear', () => {
	it.each([
		{
			year: 1964,
			expected: [
				[null, '1964'],
				['gb', '1964']
			]
		},
		{
			year: 1974,
			expected: [
				[null, '1974'],
				['ie', '1974'],
				['se', '1974'],
				['gb', '1974']
			]
		},
		{
			year: 2015,
			expected: [
				['br', '2015-05-05'],
				['gr', '2015-06-23'],
				['mx', '2015-08-26']
			]
		},
		{
			year: 2019,
			expected: [
				['ru', '2019'],
				[null, '2019-05-03/2019-05-04'],
				['ru', '2019-05-03/2019-05-04']
			]
		},
		{ year: 1965, expected: [] },
		{ year: 1963, expected: [] },
		{ year: 2020, expected: [] }
	])('lists the events of $year in date order, tendency-wide first', ({ year, expected }) => {
		expect(eventsInYear(dataset, year).map((e) => [e.iso2, e.event.date])).toEqual(expected);
	});

	it('puts the January 2010 split in order: the tendency, then each country by name', () => {
		const split = eventsInYear(dataset, 2010).filter((e) => e.event.date === '2010-01');
		expect(split.map((e) => e.iso2)).toEqual([null, 'co', 'mx', 'es', 've']);
	});

	it('never lists an undated event, in any year', () => {
		const { first, last } = timelineYears(dataset);
		for (let year = first; year <= last; year++) {
			expect(eventsInYear(dataset, year).filter((e) => e.event.date === null)).toEqual([]);
		}
	});
});

describe('milestones', () => {
	it('marks the years of the tendency-wide dated events', () => {
		expect(milestones(dataset)).toEqual([
			1964, 1974, 1983, 1992, 2002, 2006, 2009, 2010, 2016, 2017, 2019
		]);
	});

	it('gives each year once, in order, and skips undated events', () => {
		const input = facts([event('2010-01'), event(null), event('late 2009'), event('2010')]);
		expect(milestones(input)).toEqual([2009, 2010]);
	});
});
