import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { timelineYears } from '../timeline';
import { organisationsIn } from './in-year';

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
