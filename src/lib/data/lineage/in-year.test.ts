import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { timelineYears } from '../timeline';
import { organisationsIn, yearFor } from './in-year';

const years = timelineYears(dataset);
const ids = (year: number) => organisationsIn(dataset.lineage, year, years).map((o) => o.id);

describe('organisationsIn on the real tree', () => {
	it.each([
		{ name: 'the newspaper alone, before any organisation is dated', year: 1964, expected: [] },
		{ name: 'the CWI formed by Militant', year: 1974, expected: ['militant', 'cwi'] },
		{
			name: "Militant's split: its last year, the first of what came of it",
			year: 1992,
			expected: ['militant', 'cwi', 'militant-labour', 'socialist-appeal', 'cmi']
		},
		{
			name: 'the renaming year: the CMI and the IMT both',
			year: 2006,
			expected: ['cwi', 'socialist-appeal', 'cmi', 'imt']
		},
		{
			name: 'the Pakistani split: the section in its last year, Lal Salaam in its first',
			year: 2016,
			expected: [
				'cwi',
				'socialist-appeal',
				'imt',
				'la-riposte',
				'corriente-marxista-revolucionaria',
				'new-spanish-section',
				'new-venezuelan-section',
				'pakistani-section',
				'towards-new-international-tendency',
				'lal-salaam'
			]
		}
	])('gives $name ($year)', ({ year, expected }) => {
		expect(ids(year)).toEqual(expected);
	});

	it('shows an organisation the source never dates at the last year only', () => {
		expect(ids(years.last - 1)).not.toContain('revolution');
		expect(ids(years.last)).toContain('revolution');
		expect(ids(years.last)).toContain('socialist-party-england-wales');
	});

	it('keeps an organisation the source stops following out of later years', () => {
		expect(ids(2011)).toContain('marxist-revival');
		expect(ids(2012)).not.toContain('marxist-revival');
	});

	it.each([years.first - 1, years.last + 1, 2010.5, Number.NaN])(
		'is empty outside the timeline: %s',
		(year) => {
			expect(ids(year)).toEqual([]);
		}
	);
});

describe('yearFor', () => {
	const organisation = (id: string) => dataset.lineage.organisations.find((o) => o.id === id)!;

	it.each([
		{ name: 'keeps a year the organisation existed in', id: 'imt', year: 2010, expected: 2010 },
		{ name: 'moves to its first year from before it', id: 'imt', year: 1980, expected: 2006 },
		{ name: 'moves back from after its end', id: 'militant', year: 2010, expected: 1974 },
		{ name: 'from today to its first year', id: 'lal-salaam', year: null, expected: 2016 },
		{
			name: 'a known first mention counts as a start',
			id: 'la-riposte',
			year: null,
			expected: 2008
		},
		{
			name: 'an undated organisation: the last year',
			id: 'revolution',
			year: 1990,
			expected: years.last
		}
	])('$name', ({ id, year, expected }) => {
		expect(yearFor(organisation(id), year, years)).toBe(expected);
	});
});
