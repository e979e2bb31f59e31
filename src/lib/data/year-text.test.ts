import { describe, expect, it } from 'vitest';
import type { YearStatus } from '$lib/data/periods';
import { yearStatuses } from '$lib/data/year-statuses';
import { inLocale } from '$lib/i18n/in-locale';
import { linkLabel, statusLine } from './year-text';

const at = (status: Omit<YearStatus, 'period'>): YearStatus => ({ period: null, ...status });

describe('what the map says at a year', () => {
	it.each([
		{
			name: 'a dated section',
			input: at({ status: 'section' }),
			line: 'Section in 2010',
			label: 'Xland in 2010: section'
		},
		{
			name: 'a section known from a mention',
			input: at({ status: 'section', knownFrom: 2015 }),
			line: 'Section in 2010 · known from 2015',
			label: 'Xland in 2010: section, known from 2015'
		},
		{
			name: 'an undated group',
			input: at({ status: 'group', undated: true }),
			line: 'Group in 2010 · undated in the source',
			label: 'Xland in 2010: group, undated in the source'
		},
		{
			name: 'the CWI era, capitals kept',
			input: at({ status: 'predecessor', knownFrom: 1974 }),
			line: 'Militant / CWI in 2010 · known from 1974',
			label: 'Xland in 2010: Militant / CWI, known from 1974'
		},
		{
			name: 'nothing',
			input: at({ status: 'none' }),
			line: 'No known presence in 2010',
			label: 'Xland in 2010: no known presence'
		}
	])('$name', ({ input, line, label }) => {
		expect(statusLine(input, 2010)).toBe(line);
		expect(linkLabel('Xland', input, 2010)).toBe(label);
	});

	it.each([
		['ru', 2018, 'Russia in 2018: no known presence'],
		['ru', 2019, 'Russia in 2019: section, known from 2019'],
		['co', 2009, 'Colombia in 2009: no known presence'],
		['co', 2010, 'Colombia in 2010: split away'],
		['es', 1992, 'Spain in 1992: group, known from 1992'],
		['es', 2010, 'Spain in 2010: section, known from 2010'],
		['gb', 1974, 'United Kingdom in 1974: Militant / CWI, known from 1974']
	] as const)('names %s at %i "%s"', (iso2, year, label) => {
		const name = label.split(' in ')[0]!;
		expect(linkLabel(name, yearStatuses(year).get(iso2)!, year)).toBe(label);
	});
});

describe('what the map says at a year, in other languages', () => {
	it.each([
		{
			locale: 'fr',
			input: at({ status: 'section', knownFrom: 2015 }),
			line: 'Section en 2010 · première mention en 2015',
			label: 'Xland en 2010\u00a0: section, première mention en 2015'
		},
		{
			locale: 'es',
			input: at({ status: 'split' }),
			line: 'Escisión en 2010',
			label: 'Xland en 2010: escisión'
		},
		{
			locale: 'it',
			input: at({ status: 'predecessor', undated: true }),
			line: 'Militant / CWI nel 2010 · senza data nella fonte',
			label: 'Xland nel 2010: Militant / CWI, senza data nella fonte'
		}
	] as const)('$locale: $line', ({ locale, input, line, label }) => {
		inLocale(locale, () => {
			expect(statusLine(input, 2010)).toBe(line);
			expect(linkLabel('Xland', input, 2010)).toBe(label);
		});
	});
});
