import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/i18n/in-locale';
import { countryByIso } from './dataset';
import type { Country, Tactic } from './schema';
import {
	categoryOf,
	describeTactic,
	isCurrent,
	tacticCategoryOf,
	tacticLabel,
	type TacticCategory
} from './tactics';

function country(iso2: string): Country {
	const found = countryByIso(iso2);
	if (!found) throw new Error(`no country "${iso2}" in the dataset`);
	return found;
}

const tactic = (fields: Partial<Tactic>): Tactic => ({
	id: 'tactic',
	type: 'entryism',
	from: null,
	to: null,
	summary: 'A tactic.',
	cite: [{ source: 'wp-imt', para: 9, quote: 'entryism' }],
	...fields
});

describe('tacticCategoryOf on real countries', () => {
	it.each([
		{
			name: "United Kingdom: Militant's entryism ended; only Hands Off Venezuela is current",
			input: 'gb',
			expected: 'campaign'
		},
		{ name: 'Italy: an unnamed communist party', input: 'it', expected: 'entryism-communist' },
		{ name: 'Pakistan: the Pakistan Peoples Party', input: 'pk', expected: 'entryism-populist' },
		{
			name: 'France: PCF entryism ended, La France Insoumise current',
			input: 'fr',
			expected: 'inside-party'
		},
		{ name: 'Greece: inside SYRIZA, then Popular Unity', input: 'gr', expected: 'inside-party' },
		{
			name: 'United States: a campaign for a Labour Party (members in DSA are an event, not a tactic)',
			input: 'us',
			expected: 'campaign'
		},
		{
			name: "Brazil: the Workers' Party ended in 2015, FRETECO current",
			input: 'br',
			expected: 'campaign'
		},
		{
			name: 'Russia: the anti-clerical campaign, with no end given (the 2019 election campaign ended)',
			input: 'ru',
			expected: 'campaign'
		},
		{ name: 'Netherlands: no tactic described', input: 'nl', expected: 'none' }
	] satisfies Array<{ name: string; input: string; expected: TacticCategory }>)(
		'$name',
		({ input, expected }) => {
			expect(tacticCategoryOf(country(input))).toBe(expected);
		}
	);
});

describe('isCurrent', () => {
	it.each([
		{ name: 'no end date and no ending', input: tactic({}), expected: true },
		{ name: 'a start date only', input: tactic({ from: '2016' }), expected: true },
		{ name: 'an end date', input: tactic({ to: '2015-05-05' }), expected: false },
		{ name: 'an ending without a date', input: tactic({ ended: 'It stopped.' }), expected: false },
		{
			name: 'both',
			input: tactic({ to: 'early 1992', ended: 'It stopped.' }),
			expected: false
		}
	])('is $expected for $name', ({ input, expected }) => {
		expect(isCurrent(input)).toBe(expected);
	});

	it('marks the tactics of the real dataset as the source dates them', () => {
		const current = (iso2: string) => country(iso2).tactics.map(isCurrent);
		expect(current('br')).toEqual([false, true]);
		expect(current('fr')).toEqual([false, true]);
		expect(current('gb')).toEqual([false, true]);
		// The source gives no end to SYRIZA work or to the 2018 alliance, so the atlas gives none.
		expect(current('gr')).toEqual([true, true]);
		expect(current('it')).toEqual([true, true, true]);
	});
});

describe('categoryOf', () => {
	it.each([
		{
			name: 'entryism in a labour party',
			input: tactic({ party: { name: 'Labour Party', kind: 'labour' } }),
			expected: 'entryism-labour'
		},
		{
			name: 'entryism in a broad-left party',
			input: tactic({ party: { name: 'SYRIZA', kind: 'broad-left' } }),
			expected: 'inside-party'
		},
		{
			name: 'entryism in a party of unknown kind',
			input: tactic({ party: { name: 'A party', kind: null } }),
			expected: 'inside-party'
		},
		{ name: 'entryism with no party given', input: tactic({}), expected: 'inside-party' },
		{
			name: 'working inside a party',
			input: tactic({ type: 'inside-party' }),
			expected: 'inside-party'
		},
		{ name: 'a campaign', input: tactic({ type: 'campaign' }), expected: 'campaign' },
		{ name: 'an electoral alliance', input: tactic({ type: 'alliance' }), expected: 'campaign' },
		{
			name: 'a campaign for a communist candidate is still a campaign',
			input: tactic({ type: 'campaign', party: { name: 'Communist Party', kind: 'communist' } }),
			expected: 'campaign'
		}
	] satisfies Array<{ name: string; input: Tactic; expected: TacticCategory }>)(
		'puts $name under $expected',
		({ input, expected }) => {
			expect(categoryOf(input)).toBe(expected);
		}
	);
});

describe('describeTactic', () => {
	it.each([
		{
			name: 'a named party of a known kind',
			input: tactic({ party: { name: 'French Communist Party (PCF)', kind: 'communist' } }),
			expected: { type: 'Entryism', party: 'French Communist Party (PCF), communist party' }
		},
		{
			name: 'a party with no name',
			input: tactic({ party: { name: null, kind: 'communist' } }),
			expected: { type: 'Entryism', party: 'a party not named in the source, communist party' }
		},
		{
			name: 'a party of no stated kind',
			input: tactic({ type: 'inside-party', party: { name: "Workers' Party", kind: null } }),
			expected: {
				type: 'Inside a party',
				party: "Workers' Party (the source does not say what kind of party)"
			}
		},
		{
			name: 'an alliance partner of no stated kind, which needs no excuse',
			input: tactic({ type: 'alliance', party: { name: "Workers' Communist Party", kind: null } }),
			expected: { type: 'Electoral alliance', party: "Workers' Communist Party" }
		},
		{
			name: 'a party with neither name nor kind',
			input: tactic({ party: { name: null, kind: null } }),
			expected: {
				type: 'Entryism',
				party: 'a party not named in the source (the source does not say what kind of party)'
			}
		},
		{
			name: 'a labour party',
			input: tactic({ party: { name: 'Labour Party', kind: 'labour' } }),
			expected: { type: 'Entryism', party: 'Labour Party, labour / social-democratic party' }
		},
		{
			name: 'a tactic with no party',
			input: tactic({ type: 'campaign' }),
			expected: { type: 'Campaign', party: null }
		},
		{
			name: 'independent work',
			input: tactic({ type: 'independent' }),
			expected: { type: 'Independent work', party: null }
		}
	])('describes $name', ({ input, expected }) => {
		expect(describeTactic(input)).toEqual(expected);
	});
});

describe('describeTactic in other languages', () => {
	it.each([
		{
			locale: 'es',
			input: tactic({ party: { name: null, kind: 'communist' } }),
			expected: { type: 'Entrismo', party: 'un partido que la fuente no nombra, partido comunista' }
		},
		{
			locale: 'pt',
			input: tactic({ type: 'inside-party', party: { name: "Workers' Party", kind: null } }),
			expected: {
				type: 'Dentro de um partido',
				party: "Workers' Party (a fonte não diz que tipo de partido)"
			}
		},
		{
			locale: 'fr',
			input: tactic({ type: 'alliance', party: { name: 'PCF', kind: null } }),
			expected: { type: 'Alliance électorale', party: 'PCF' }
		}
	] as const)('$locale: $expected.type', ({ locale, input, expected }) => {
		expect(inLocale(locale, () => describeTactic(input))).toEqual(expected);
	});
});

describe('the label of no tactic', () => {
	// It stands alone in the list's column, so it must name what is missing.
	it.each([
		['en', 'No tactic described'],
		['es', 'Ninguna táctica descrita'],
		['pt', 'Nenhuma tática descrita'],
		['fr', 'Aucune tactique décrite'],
		['it', 'Nessuna tattica descritta']
	] as const)('%s: reads "%s"', (locale, label) => {
		inLocale(locale, () => expect(tacticLabel('none')).toBe(label));
	});
});
