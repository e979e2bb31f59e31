import { describe, expect, it } from 'vitest';
import { countries, countryByIso, dataset } from './dataset';
import { statusAt, type YearStatus } from './periods';
import type { Country, Period } from './schema';
import { statusOf } from './status';
import { timelineYears } from './timeline';

const years = timelineYears(dataset);

function country(iso2: string): Country {
	const found = countryByIso(iso2);
	if (!found) throw new Error(`no country "${iso2}" in the dataset`);
	return found;
}

/** What the map draws, without the period itself; `note` tells which period it came from. */
function drawn(result: YearStatus) {
	const { period, ...rest } = result;
	return { ...rest, note: period?.note ?? null };
}

const NONE = { status: 'none', note: null };

describe('statusAt on real cases from the source', () => {
	it.each([
		{ name: 'Spain before the early 1990s', iso2: 'es', year: 1991, expected: NONE },
		{
			name: "Spain in 1992: Grant's supporters form the Committee for a Marxist International",
			iso2: 'es',
			year: 1992,
			expected: {
				status: 'group',
				knownFrom: 1992,
				knownUntil: 1992,
				note: expect.stringMatching(/^Supporters of Grant's faction/)
			}
		},
		{
			name: 'Spain after its one mention in the early 1990s',
			iso2: 'es',
			year: 1993,
			expected: NONE
		},
		{ name: 'Spain before its section is dated', iso2: 'es', year: 2008, expected: NONE },
		{
			name: 'Spain in 2009: El Militante, known from the late-2009 dispute',
			iso2: 'es',
			year: 2009,
			expected: { status: 'section', knownFrom: 2009, note: expect.stringMatching(/^El Militante/) }
		},
		{
			name: 'Spain from January 2010: the new section of the minority that stayed',
			iso2: 'es',
			year: 2010,
			expected: { status: 'section', knownFrom: 2010, note: expect.stringContaining('minority') }
		},
		{ name: 'Brazil before 5 May 2015, its first date', iso2: 'br', year: 2014, expected: NONE },
		...[2015, 2016, 2017].map((year) => ({
			name: `Brazil in ${year}: known from its withdrawal from the Workers' Party`,
			iso2: 'br',
			year,
			expected: { status: 'section', knownFrom: 2015, note: expect.stringMatching(/^Esquerda/) }
		})),
		{ name: 'Pakistan before 2012', iso2: 'pk', year: 2011, expected: NONE },
		{
			name: 'Pakistan in 2015: the section, known from the 2012 article',
			iso2: 'pk',
			year: 2015,
			expected: { status: 'section', knownFrom: 2012, note: expect.stringMatching(/^The Pak/) }
		},
		{
			name: 'Pakistan in 2016: the minority, Lal Salaam, dated by the split',
			iso2: 'pk',
			year: 2016,
			expected: { status: 'section', note: expect.stringMatching(/^Lal Salaam/) }
		},
		{ name: 'Russia before May 2019', iso2: 'ru', year: 2018, expected: NONE },
		{
			name: 'Russia in 2019: known from the fusion vote of 3–4 May',
			iso2: 'ru',
			year: 2019,
			expected: { status: 'section', knownFrom: 2019, note: expect.any(String) }
		},
		{
			name: 'the United Kingdom in 1964: the newspaper is dated, not the group',
			iso2: 'gb',
			year: 1964,
			expected: NONE
		},
		{
			name: 'the United Kingdom in 1974: Militant, known from the founding of the CWI',
			iso2: 'gb',
			year: 1974,
			expected: { status: 'predecessor', knownFrom: 1974, note: expect.stringMatching(/^Mil/) }
		},
		{
			name: 'the United Kingdom in 1992: Socialist Appeal wins the year Militant split',
			iso2: 'gb',
			year: 1992,
			expected: { status: 'section', knownFrom: 1992, note: expect.stringMatching(/^Socialist/) }
		},
		{ name: 'Colombia before it leaves', iso2: 'co', year: 2009, expected: NONE },
		{
			name: 'Colombia from January 2010',
			iso2: 'co',
			year: 2010,
			expected: { status: 'split', note: expect.any(String) }
		},
		{
			name: "Ireland in 1974, the one year the source mentions Militant's allies there",
			iso2: 'ie',
			year: 1974,
			expected: {
				status: 'predecessor',
				knownFrom: 1974,
				knownUntil: 1974,
				note: expect.any(String)
			}
		},
		{ name: 'Ireland after 1974', iso2: 'ie', year: 1975, expected: NONE },
		{ name: 'Sweden between its two mentions', iso2: 'se', year: 2015, expected: NONE },
		{
			name: "Sweden in 2016: split away, 'in the same year' read as 2016 at the latest",
			iso2: 'se',
			year: 2016,
			expected: { status: 'split', knownFrom: 2016, note: expect.stringMatching(/^The majority/) }
		},
		{ name: 'Canada, undated, before the last year', iso2: 'ca', year: 2018, expected: NONE },
		{
			name: 'Canada, undated, at the last year',
			iso2: 'ca',
			year: 2019,
			expected: { status: 'section', undated: true, note: expect.stringMatching(/^Fightback/) }
		},
		{
			name: 'Argentina, undated, at the last year',
			iso2: 'ar',
			year: 2019,
			expected: { status: 'group', undated: true, note: expect.any(String) }
		}
	])('$name', ({ iso2, year, expected }) => {
		expect(drawn(statusAt(country(iso2), year, years))).toEqual(expected);
	});
});

describe('statusAt outside the timeline', () => {
	it.each([
		{ name: 'the year before the first', iso2: 'gb', year: years.first - 1 },
		{ name: 'the year after the last', iso2: 'gb', year: years.last + 1 },
		{ name: 'an undated presence after the last year', iso2: 'ar', year: years.last + 1 },
		{ name: 'a year that is not whole', iso2: 'gb', year: 1990.5 },
		{ name: 'not a number', iso2: 'gb', year: Number.NaN },
		{ name: 'infinity', iso2: 'ar', year: Number.POSITIVE_INFINITY }
	])('shows nothing for $name', ({ iso2, year }) => {
		expect(drawn(statusAt(country(iso2), year, years))).toEqual(NONE);
	});
});

describe('statusAt on edited periods', () => {
	const span = { first: 2000, last: 2010 };
	const period = (status: Period['status'], from: string | null, to: string | null): Period => ({
		id: `${status}-${from}`,
		status,
		from,
		to,
		note: `${status} ${from}–${to}`,
		cite: [{ source: 'wp-imt', para: 1, quote: 'the International Marxist Tendency' }]
	});
	it.each([
		{
			name: 'the later of two periods that share a year',
			periods: [period('section', '2001', '2005-03'), period('split', '2005-03', null)],
			year: 2005,
			expected: 'split'
		},
		{
			name: 'a period in the year it ends, when none follows',
			periods: [period('group', '2001', '2005')],
			year: 2005,
			expected: 'group'
		},
		{
			name: 'nothing the year after a period ends',
			periods: [period('group', '2001', '2005')],
			year: 2006,
			expected: 'none'
		},
		{
			name: 'an open period up to the last year',
			periods: [period('group', '2001', null)],
			year: 2010,
			expected: 'group'
		}
	])('gives $name', ({ periods, year, expected }) => {
		expect(statusAt({ periods }, year, span).status).toBe(expected);
	});
});

describe('statusAt across the dataset', () => {
	it('ends on the status the organisations give, except where the source stops following', () => {
		const differ = countries
			.filter((c) => statusAt(c, years.last, years).status !== statusOf(c))
			.map((c) => c.iso2);
		// Ireland's allies of Militant are mentioned in 1974 only: the atlas calls the country
		// "CWI era only", and the timeline shows it in 1974 and no later.
		expect(differ).toEqual(['ie']);
	});

	it('shows every country in at least one year', () => {
		const shown = (c: Country) =>
			Array.from({ length: years.last - years.first + 1 }, (_, i) => years.first + i).some(
				(year) => statusAt(c, year, years).status !== 'none'
			);
		expect(countries.filter((c) => !shown(c)).map((c) => c.iso2)).toEqual([]);
	});

	it('knows the countries whose presence the source does not date at all', () => {
		const undated = countries.filter((c) => statusAt(c, years.last, years).undated);
		expect(undated.map((c) => c.iso2).sort()).toEqual(['ar', 'bo', 'ca', 'nl', 'pe', 'sv', 'us']);
	});
});
