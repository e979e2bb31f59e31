import { describe, expect, it } from 'vitest';
import { countries } from './dataset';
import { statusOf } from './status';
import { knownFromText, yearStatuses, YEARS } from './year-statuses';

describe('yearStatuses', () => {
	it('covers every country, at any year', () => {
		for (const year of [YEARS.first, 2010, YEARS.last])
			expect([...yearStatuses(year).keys()].sort()).toEqual(countries.map((c) => c.iso2).sort());
	});

	it.each([
		['es', 2009, 'section'],
		['co', 2009, 'none'],
		['co', 2010, 'split'],
		['ru', 2018, 'none'],
		['ru', 2019, 'section']
	])('%s at %i is %s', (iso2, year, status) => {
		expect(yearStatuses(year).get(iso2)?.status).toBe(status);
	});

	it('at the last year agrees with the status the atlas shows today, bar forerunners never dated since 1974', () => {
		const last = yearStatuses(YEARS.last);
		const differ = countries.filter((c) => last.get(c.iso2)!.status !== statusOf(c));
		for (const c of differ) expect(statusOf(c)).toBe('predecessor');
	});

	it('shows nothing before the timeline starts', () => {
		expect([...yearStatuses(YEARS.first - 1).values()].every((s) => s.status === 'none')).toBe(
			true
		);
	});
});

describe('knownFromText', () => {
	it.each([
		[{ status: 'section', period: null, knownFrom: 2015 } as const, 'known from 2015'],
		[{ status: 'group', period: null, undated: true } as const, 'undated in the source'],
		[{ status: 'section', period: null } as const, null]
	])('%o reads %s', (status, text) => expect(knownFromText(status)).toBe(text));
});
