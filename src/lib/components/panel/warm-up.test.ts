import { describe, expect, it } from 'vitest';
import type { Country } from '$lib/data/schema';
import { countries } from '$lib/data/dataset';
import { fullestPanel, panelParts } from './warm-up';

/** A country with only what `panelParts` reads; the rest of a country does not change the count. */
function country(iso2: string, parts: Partial<Country>): Country {
	return { iso2, bodies: [], publications: [], tactics: [], events: [], ...parts } as Country;
}

const body = (extra: object = {}) => ({ name: 'A', ...extra }) as Country['bodies'][number];
const event = (date: string | null, dateNote?: string) =>
	({
		id: 'e',
		date,
		text: 'x',
		cite: [],
		...(dateNote ? { dateNote } : {})
	}) as Country['events'][number];

describe('panelParts: what a country draws in its panel', () => {
	const rows: { name: string; country: Country; expected: number }[] = [
		{ name: 'nothing', country: country('aa', {}), expected: 0 },
		{ name: 'one organisation', country: country('aa', { bodies: [body()] }), expected: 1 },
		{
			name: 'an organisation that left, with former and other names',
			country: country('aa', {
				bodies: [body({ left: { note: 'x' }, formerNames: ['B', 'C'], otherNames: ['D'] })]
			}),
			expected: 5
		},
		{
			name: 'a dated event, an undated one, a dated one with a note',
			country: country('aa', { events: [event('2001'), event(null, 'n'), event('2002', 'n')] }),
			expected: 5
		},
		{
			name: 'publications and tactics count one each',
			country: country('aa', {
				publications: [{}, {}] as Country['publications'],
				tactics: [{}] as Country['tactics']
			}),
			expected: 3
		}
	];
	for (const { name, country, expected } of rows)
		it(name, () => expect(panelParts(country)).toBe(expected));
});

describe('fullestPanel: the country to render ahead of the first click', () => {
	it('picks the country that draws the most, the first of equals', () => {
		const small = country('aa', { bodies: [body()] });
		const big = country('bb', { bodies: [body()], events: [event('2001')] });
		const alsoBig = country('cc', { bodies: [body()], tactics: [{}] as Country['tactics'] });
		expect(fullestPanel([small, big, alsoBig])).toBe(big);
	});

	it('has none to pick from an empty list', () => expect(fullestPanel([])).toBeUndefined());

	it('picks a country of the dataset with no other drawing more', () => {
		const chosen = fullestPanel(countries);
		expect(chosen).toBeDefined();
		for (const other of countries)
			expect(panelParts(other)).toBeLessThanOrEqual(panelParts(chosen!));
	});
});
