import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryByIso } from './dataset';
import { addProse, localeCountry } from './localized';
import {
	bodiesInOrder,
	bodyName,
	currentBodies,
	notNamed,
	organisationLabel,
	publicationKind,
	roleLine,
	shownGloss
} from './names';
import type { Body, Country } from './schema';

function country(iso2: string): Country {
	const found = countryByIso(iso2);
	if (!found) throw new Error(`no country "${iso2}" in the dataset`);
	return found;
}

const body = (fields: Partial<Body>): Body => ({
	id: 'body',
	name: null,
	role: 'section',
	from: null,
	note: 'An organisation.',
	cite: [{ source: 'wp-imt', para: 5, quote: 'sections' }],
	...fields
});
const left = { date: null, joined: null, note: 'It left.' };

describe('organisationLabel on real countries', () => {
	it.each([
		{
			name: 'Brazil: a native name with its gloss',
			input: 'br',
			expected: 'Esquerda Marxista (Marxist Left)'
		},
		{
			name: 'Pakistan: the minority that stayed',
			input: 'pk',
			expected: 'Lal Salaam (Red Salute)'
		},
		{ name: 'France: Révolution, not La Riposte that left', input: 'fr', expected: 'Révolution' },
		{
			name: 'United Kingdom: the section, not the predecessor',
			input: 'gb',
			expected: 'Socialist Appeal'
		},
		{
			name: 'Mexico: the named section, not the part that left',
			input: 'mx',
			expected: 'La Izquierda Socialista'
		},
		{ name: 'Russia: an unnamed section', input: 'ru', expected: notNamed() },
		{
			name: 'Spain: El Militante left, the new section is unnamed',
			input: 'es',
			expected: notNamed()
		},
		{
			name: 'Sweden: only a split and a predecessor, neither named',
			input: 'se',
			expected: notNamed()
		},
		{ name: 'Ireland: an unnamed predecessor', input: 'ie', expected: notNamed() }
	])('$name', ({ input, expected }) => {
		expect(organisationLabel(country(input))).toBe(expected);
	});

	it('joins several named organisations with a slash', () => {
		const edited = {
			...country('br'),
			bodies: [body({ name: 'Fightback' }), body({}), body({ name: 'Vonk', gloss: 'Spark' })]
		};
		expect(organisationLabel(edited)).toBe('Fightback / Vonk (Spark)');
	});
});

describe('currentBodies', () => {
	const names = (bodies: Body[]) => bodies.map((b) => b.name);

	it.each([
		{ name: 'France: the section still in the tendency', input: 'fr', expected: ['Révolution'] },
		{
			name: 'United Kingdom: the section, not Militant',
			input: 'gb',
			expected: ['Socialist Appeal']
		},
		{ name: 'Spain: the new section, not El Militante', input: 'es', expected: [null] },
		{ name: 'Sweden: the section that left, since nothing stayed', input: 'se', expected: [null] },
		{ name: 'Ireland: the predecessor, since there is nothing else', input: 'ie', expected: [null] }
	])('$name', ({ input, expected }) => {
		expect(names(currentBodies(country(input)))).toEqual(expected);
	});

	it.each([
		{
			name: 'prefers every staying member, in dataset order',
			input: [body({ name: 'A' }), body({ name: 'B', left }), body({ name: 'C', role: 'group' })],
			expected: ['A', 'C']
		},
		{
			name: 'falls back to members that left, never to a predecessor, when none stayed',
			input: [body({ name: 'P', role: 'predecessor' }), body({ name: 'L', left })],
			expected: ['L']
		},
		{
			name: 'falls back to predecessors when there is nothing else',
			input: [
				body({ name: 'P', role: 'predecessor', left }),
				body({ name: 'Q', role: 'predecessor' })
			],
			expected: ['P', 'Q']
		}
	])('$name', ({ input, expected }) => {
		expect(names(currentBodies({ ...country('br'), bodies: input }))).toEqual(expected);
	});
});

describe('bodyName', () => {
	it.each([
		{ name: 'a name', input: body({ name: 'Fightback' }), expected: 'Fightback' },
		{
			name: 'a name and gloss',
			input: body({ name: 'Vonk', gloss: 'Spark' }),
			expected: 'Vonk (Spark)'
		},
		{ name: 'no name', input: body({}), expected: notNamed() },
		{ name: 'a gloss without a name', input: body({ gloss: 'Spark' }), expected: notNamed() }
	])('writes $name as "$expected"', ({ input, expected }) => {
		expect(bodyName(input)).toBe(expected);
	});
});

describe('roleLine', () => {
	const bodyOf = (iso2: string, index: number) => country(iso2).bodies[index]!;

	it.each([
		{ name: 'a section with no dates', iso2: 'br', index: 0, line: 'IMT section' },
		{
			name: 'a section set up in 2016',
			iso2: 'pk',
			index: 0,
			line: 'IMT section, from 2016'
		},
		{
			name: 'a section set up at a date the source does not give',
			iso2: 'es',
			index: 1,
			line: 'IMT section'
		},
		{
			name: 'a section that left, and for what',
			iso2: 've',
			index: 0,
			line: 'IMT section · left January 2010 for Izquierda Revolucionaria (Revolutionary Left)'
		},
		{
			name: 'a body that left at a date the source does not give',
			iso2: 'fr',
			index: 1,
			line: 'IMT section · left (date not given)'
		},
		{
			name: 'the predecessor, first mentioned in 1974 but not dated',
			iso2: 'ie',
			index: 0,
			line: 'Predecessor (Militant / CWI)'
		},
		{
			name: 'the predecessor, with the split that ended it',
			iso2: 'gb',
			index: 0,
			line: 'Predecessor (Militant / CWI) · left early 1992'
		}
	])('$name', ({ iso2, index, line }) => {
		expect(roleLine(bodyOf(iso2, index))).toBe(line);
	});
});

describe('publicationKind', () => {
	it('gives the kind the source gives, and says so when it gives none', () => {
		expect(publicationKind('journal')).toBe('journal');
		expect(publicationKind(null)).toBe('kind not given in the source');
	});
});

beforeAll(() => {
	for (const locale of ['es', 'pt', 'fr', 'it'] as const)
		addProse(locale, JSON.parse(readFileSync(`src/lib/data/translations/${locale}.json`, 'utf8')));
});

describe('a gloss that only repeats the name', () => {
	it.each([
		['en', 'Esquerda Marxista (Marxist Left)'],
		['es', 'Esquerda Marxista (Izquierda Marxista)'],
		['pt', 'Esquerda Marxista'],
		['fr', 'Esquerda Marxista (Gauche marxiste)'],
		['it', 'Esquerda Marxista (Sinistra Marxista)']
	] as const)('%s: Brazil is labelled "%s"', (locale, label) => {
		expect(organisationLabel(localeCountry('br', locale)!)).toBe(label);
	});

	it.each([
		{ name: 'the same words', input: { name: 'Vonk', gloss: 'Vonk' }, expected: undefined },
		{
			name: 'other case and spaces',
			input: { name: 'Vonk', gloss: ' vonk ' },
			expected: undefined
		},
		{ name: 'a real gloss', input: { name: 'Vonk', gloss: 'Spark' }, expected: 'Spark' },
		{ name: 'no gloss', input: { name: 'Vonk' }, expected: undefined }
	])('shownGloss keeps $name as $expected', ({ input, expected }) => {
		expect(shownGloss(input)).toBe(expected);
	});
});

describe("Pakistan's section before Lal Salaam", () => {
	it.each([
		['en', 'It was the Pakistani section until 2016. The source does not give its name.'],
		['es', 'Fue la sección pakistaní hasta 2016. La fuente no da su nombre.'],
		['pt', 'Foi a seção paquistanesa até 2016. A fonte não dá o seu nome.'],
		['fr', 'C’était la section pakistanaise jusqu’en 2016. La source ne donne pas son nom.'],
		['it', 'Era la sezione pakistana fino al 2016. La fonte non ne dà il nome.']
	] as const)('%s: is told in full sentences', (locale, note) => {
		const body = localeCountry('pk', locale)!.bodies.find((b) => b.id === 'unnamed-section');
		expect(body?.note).toBe(note);
	});

	it.each([
		{ year: 2015, first: 'unnamed-section' },
		{ year: 2016, first: 'lal-salaam' },
		{ year: null, first: 'lal-salaam' }
	])('at $year, $first comes first', ({ year, first }) => {
		const ids = bodiesInOrder(country('pk').bodies, year).map((b) => b.id);
		expect(ids).toEqual([
			first,
			...country('pk')
				.bodies.map((b) => b.id)
				.filter((id) => id !== first)
		]);
	});

	it('today, puts the bodies that left after those that stayed, keeping their order', () => {
		const ids = (iso2: string) => bodiesInOrder(country(iso2).bodies).map((b) => b.id);
		expect(ids('ve').at(-1)).toBe('corriente-marxista-revolucionaria');
		expect(ids('gb')[0]).not.toBe(country('gb').bodies.find((b) => b.left)?.id);
	});
});
