import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '$lib/paraglide/runtime';
import { addProse, localeDataset } from '../localized';
import { describeLink, describeOrganisation, nameOf } from './describe';

beforeAll(() => {
	for (const locale of ['es', 'pt', 'fr', 'it'] as const)
		addProse(locale, JSON.parse(readFileSync(`src/lib/data/translations/${locale}.json`, 'utf8')));
});

const lineage = (locale: Locale) => localeDataset(locale).lineage;
const linkText = (id: string, locale: Locale) => {
	const tree = lineage(locale);
	return describeLink(
		tree.links.find((l) => l.id === id)!,
		tree,
		locale
	);
};
const organisationText = (id: string, locale: Locale) =>
	describeOrganisation(
		lineage(locale).organisations.find((o) => o.id === id)!,
		locale
	);

describe('describeLink', () => {
	it.each([
		{
			name: 'a split with the countries it took',
			id: 'izquierda-revolucionaria-splits-from-imt',
			locale: 'en',
			expected:
				'Izquierda Revolucionaria: split from International Marxist Tendency in January 2010, with members in Spain, Venezuela, Mexico and Colombia'
		},
		{
			name: 'the minority of a split, from an organisation the source does not name',
			id: 'lal-salaam-splits-from-pakistani-section',
			locale: 'en',
			expected: 'Lal Salaam: split from the Pakistani section in 2016, the minority'
		},
		{
			name: 'an undated renaming',
			id: 'militant-labour-renamed',
			locale: 'en',
			expected:
				'Militant Labour: took the name Socialist Party of England and Wales at a date the source does not give'
		},
		{
			name: 'a vote to fuse, on a range of days',
			id: 'revolutionary-workers-party-fuses-with-russian-section',
			locale: 'en',
			expected:
				'Revolutionary workers party: voted to fuse with the Russian section on 3–4 May 2019'
		},
		{
			name: 'an unnamed organisation at the head of the line, capitalised',
			id: 'new-spanish-section-stays-in-imt',
			locale: 'en',
			expected:
				'The new Spanish section: stayed in International Marxist Tendency in January 2010, the minority'
		},
		{
			name: 'the founding of the CWI with allies abroad',
			id: 'militant-forms-cwi',
			locale: 'en',
			expected:
				"Militant: formed Committee for a Workers' International in 1974, together with others in Sweden and Ireland"
		},
		{
			name: 'a split in Spanish, countries and label in Spanish',
			id: 'pakistani-section-splits-from-imt',
			locale: 'es',
			expected:
				'La sección pakistaní: se escindió de International Marxist Tendency en 2016, la mayoría'
		},
		{
			name: 'a split in French, with its countries',
			id: 'izquierda-revolucionaria-splits-from-imt',
			locale: 'fr',
			expected:
				'Izquierda Revolucionaria : rompt avec International Marxist Tendency en janvier 2010, avec des membres dans ces pays : Espagne, Venezuela, Mexique et Colombie'
		},
		{
			name: 'leaving for the new body, in Portuguese',
			id: 'el-militante-leaves-for-izquierda-revolucionaria',
			locale: 'pt',
			expected: 'El Militante: passou para Izquierda Revolucionaria em janeiro de 2010'
		},
		{
			name: 'an undated split in Italian',
			id: 'la-riposte-splits-from-imt',
			locale: 'it',
			expected:
				'La Riposte: si stacca da International Marxist Tendency in una data che la fonte non indica'
		}
	] as const)('says $name', ({ id, locale, expected }) => {
		expect(linkText(id, locale)).toBe(expected);
	});
});

describe('describeOrganisation', () => {
	it.each([
		{
			name: 'dated start, last mention for an end',
			id: 'cwi',
			locale: 'en',
			expected:
				"Committee for a Workers' International: from 1974, last mentioned 2016; in United Kingdom, Sweden, Ireland and Spain"
		},
		{
			name: 'a first mention for a start, a dated end',
			id: 'militant',
			locale: 'en',
			expected: 'Militant: known from 1974, until early 1992; in United Kingdom'
		},
		{
			name: 'still standing in the source',
			id: 'lal-salaam',
			locale: 'en',
			expected: 'Lal Salaam (Red Salute): from 2016; in Pakistan'
		},
		{
			name: 'dated not at all',
			id: 'revolution',
			locale: 'en',
			expected: 'Révolution: dates not given in the source; in France'
		},
		{
			name: 'an unnamed section in Italian',
			id: 'russian-section',
			locale: 'it',
			expected: 'La sezione russa: se ne ha notizia dal 3–4 maggio 2019; paesi: Russia'
		},
		{
			name: 'in Spanish, with the country names from Intl',
			id: 'marxist-revival',
			locale: 'es',
			expected: 'Marxist Revival: desde 2011, última mención: 2011; en Irán y Reino Unido'
		},
		{
			name: 'a first mention and a dated end in French, each with its preposition',
			id: 'militant',
			locale: 'fr',
			expected: 'Militant : présence attestée depuis 1974, jusqu’à début 1992 ; pays : Royaume-Uni'
		},
		{
			name: 'a qualified first mention in Portuguese',
			id: 'cmi',
			locale: 'pt',
			expected:
				'Committee for a Marxist International: há registro desde o início de 1992, até 2006; países: Espanha'
		}
	] as const)('says $name', ({ id, locale, expected }) => {
		expect(organisationText(id, locale)).toBe(expected);
	});
});

describe('describeOrganisation in each language: glosses as the panel gives them', () => {
	// The panel's rule (`shownGloss`): a gloss that only repeats the name is not shown.
	it.each([
		{
			locale: 'en',
			id: 'izquierda-revolucionaria',
			head: 'Izquierda Revolucionaria (Revolutionary Left): '
		},
		{ locale: 'es', id: 'izquierda-revolucionaria', head: 'Izquierda Revolucionaria: ' },
		{ locale: 'es', id: 'lal-salaam', head: 'Lal Salaam (Saludo Rojo): ' },
		{
			locale: 'pt',
			id: 'izquierda-revolucionaria',
			head: 'Izquierda Revolucionaria (Esquerda Revolucionária): '
		},
		{ locale: 'fr', id: 'lal-salaam', head: 'Lal Salaam (Salut rouge) : ' },
		{ locale: 'it', id: 'lal-salaam', head: 'Lal Salaam (Saluto rosso): ' },
		{ locale: 'it', id: 'cmi', head: 'Committee for a Marxist International: ' }
	] as const)('$locale: $id opens "$head"', ({ locale, id, head }) => {
		expect(organisationText(id, locale).startsWith(head)).toBe(true);
	});
});

describe('describeOrganisation in each language: the date phrases of the panel', () => {
	// The same from/until phrases as the panel's dates (`formatDate`), Italian elision included:
	// "dall’8 maggio", "fino all’11 marzo", "dall’inizio del 1992". The days are made up, to
	// reach the elided figures the source's dates do not.
	const madeUp = (locale: Locale, from: string, to: string) =>
		describeOrganisation(
			{
				...lineage(locale).organisations.find((o) => o.id === 'imt')!,
				countries: ['it'],
				from,
				to
			},
			locale
		);
	it.each([
		{
			locale: 'en',
			from: '2015-05-08',
			to: '2018-03-11',
			expected: 'International Marxist Tendency: from 8 May 2015 until 11 March 2018; in Italy'
		},
		{
			locale: 'es',
			from: '2015-05-08',
			to: '2018-03-11',
			expected:
				'International Marxist Tendency: desde el 8 de mayo de 2015 hasta el 11 de marzo de 2018; en Italia'
		},
		{
			locale: 'pt',
			from: '2015-05-08',
			to: '2018-03-11',
			expected:
				'International Marxist Tendency: desde 8 de maio de 2015 até 11 de março de 2018; países: Itália'
		},
		{
			locale: 'fr',
			from: '2015-05-08',
			to: '2018-03-11',
			expected:
				'International Marxist Tendency : depuis le 8 mai 2015 jusqu’au 11 mars 2018 ; pays : Italie'
		},
		{
			locale: 'it',
			from: '2015-05-08',
			to: '2018-03-11',
			expected:
				'International Marxist Tendency: dall’8 maggio 2015 fino all’11 marzo 2018; paesi: Italia'
		},
		{
			locale: 'it',
			from: '2015-05-05',
			to: '2018-03-01',
			expected:
				'International Marxist Tendency: dal 5 maggio 2015 fino all’1 marzo 2018; paesi: Italia'
		},
		{
			locale: 'it',
			from: 'early 1992',
			to: 'early 2008-08',
			expected:
				'International Marxist Tendency: dall’inizio del 1992 fino all’inizio di agosto 2008; paesi: Italia'
		}
	] as const)('$locale: from $from until $to', ({ locale, from, to, expected }) => {
		expect(madeUp(locale, from, to)).toBe(expected);
	});
});

describe('nameOf', () => {
	it('keeps the name the source gives, and uses the label only where it gives none', () => {
		expect(nameOf({ id: 'x', name: 'Lal Salaam' })).toBe('Lal Salaam');
		expect(nameOf({ id: 'x', name: null, label: 'the Iranian section' })).toBe(
			'the Iranian section'
		);
	});
});
