import { describe, expect, it } from 'vitest';
import { reference } from '$lib/server/reference';
import atlas from '../atlas.json';
import { validateDataset } from '../validate';

type Raw = typeof atlas;
type RawLink = Raw['lineage']['links'][number] & { share?: string; countries?: string[] };
type RawOrganisation = Raw['lineage']['organisations'][number] & {
	label?: string;
	fromNote?: string;
	toNote?: string;
	knownUntil?: unknown;
};

const ref = reference();

function organisation(data: Raw, id: string): RawOrganisation {
	const found = data.lineage.organisations.find((o) => o.id === id);
	if (!found) throw new Error(`no organisation "${id}" in the lineage`);
	return found as RawOrganisation;
}

function link(data: Raw, id: string): RawLink {
	const found = data.lineage.links.find((l) => l.id === id);
	if (!found) throw new Error(`no link "${id}" in the lineage`);
	return found as RawLink;
}

function errorsAfter(edit: (data: Raw) => void): string[] {
	const data = structuredClone(atlas);
	edit(data);
	const result = validateDataset(data, ref);
	return result.ok ? [] : result.errors;
}

describe('the family tree in the real dataset', () => {
	it('passes every check', () => {
		expect(errorsAfter(() => {})).toEqual([]);
	});
});

describe('a bad edit of the family tree', () => {
	it.each([
		{
			name: 'a link to an organisation that does not exist',
			edit: (d: Raw) => (link(d, 'cmi-renamed-imt').to = 'imtt'),
			expected: ['lineage link "cmi-renamed-imt": to: "imtt" is not an organisation of the lineage']
		},
		{
			name: 'a country that is not in the dataset',
			edit: (d: Raw) => (organisation(d, 'marxist-revival').countries[1] = 'uk'),
			expected: [
				'lineage organisation "marxist-revival": countries[1]: "uk" is not a country of the dataset',
				'lineage link "iranian-section-forms-marxist-revival": countries[0]: "gb" is not among the countries of "marxist-revival"'
			]
		},
		{
			name: 'a country written in capitals',
			edit: (d: Raw) => (organisation(d, 'lal-salaam').countries[0] = 'PK'),
			expected: ['lineage organisation "lal-salaam": countries[0]: must be two lower-case letters']
		},
		{
			name: "a country's own code mistyped, reported once at the country, not at the tree",
			edit: (d: Raw) => (d.countries.find((c) => c.iso2 === 'br')!.iso2 = 'zz'),
			expected: ['country "zz" (Brazil): iso2: "zz" is not an ISO 3166-1 alpha-2 country code']
		},
		{
			name: 'a country listed twice',
			edit: (d: Raw) => organisation(d, 'lal-salaam').countries.push('pk'),
			expected: ['lineage organisation "lal-salaam": countries[1]: "pk" is listed twice']
		},
		{
			name: 'a link dated before one of its organisations begins',
			edit: (d: Raw) => (link(d, 'cmi-renamed-imt').date = '2005'),
			expected: [
				'lineage link "cmi-renamed-imt": date: "2005" is before organisation "imt" begins (from "2006")'
			]
		},
		{
			name: 'a link dated after one of its organisations was last mentioned',
			edit: (d: Raw) =>
				(link(d, 'el-militante-leaves-for-izquierda-revolucionaria').date = '2010-02'),
			expected: [
				'lineage link "el-militante-leaves-for-izquierda-revolucionaria": date: "2010-02" is after organisation "el-militante" ends (knownUntil "2010-01")',
				'lineage link "el-militante-leaves-for-izquierda-revolucionaria": date: "2010-02" is after organisation "izquierda-revolucionaria" ends (knownUntil "2010-01")'
			]
		},
		{
			name: 'a loop: the IMT renamed back to the CMI',
			edit: (d: Raw) =>
				d.lineage.links.push({
					...structuredClone(link(d, 'cmi-renamed-imt')),
					id: 'back',
					from: 'imt',
					to: 'cmi'
				}),
			expected: [
				'lineage link "cmi-renamed-imt": to: closes a loop: links "cmi-renamed-imt" → "back" lead back to where they start'
			]
		},
		{
			name: 'a link from an organisation to itself',
			edit: (d: Raw) => (link(d, 'lal-salaam-stays-in-imt').to = 'lal-salaam'),
			expected: ['lineage link "lal-salaam-stays-in-imt": to: links an organisation to itself']
		},
		{
			name: 'a link with no source',
			edit: (d: Raw) => (link(d, 'cmi-renamed-imt').cite = []),
			expected: ['lineage link "cmi-renamed-imt": cite: has no source: cite at least one passage']
		},
		{
			name: 'an organisation with no source',
			edit: (d: Raw) => (organisation(d, 'imt').cite = []),
			expected: ['lineage organisation "imt": cite: has no source: cite at least one passage']
		},
		{
			name: 'a quote that is not in the cited paragraph',
			edit: (d: Raw) => (link(d, 'cmi-renamed-imt').cite[0]!.para = 2),
			expected: [
				'lineage link "cmi-renamed-imt": cite[0].quote: not found word for word in paragraph 2 of "wp-imt"'
			]
		},
		{
			name: 'an unknown link type',
			edit: (d: Raw) => (link(d, 'cmi-renamed-imt').type = 'merged'),
			expected: [
				'lineage link "cmi-renamed-imt": type: Invalid type: Expected ("renamed" | "split-from" | "left-for" | "fused-into" | "stayed-in" | "formed") but received "merged"'
			]
		},
		{
			name: 'a share on a link that is not a split',
			edit: (d: Raw) => (link(d, 'cmi-renamed-imt').share = 'majority'),
			expected: [
				'lineage link "cmi-renamed-imt": share: only for a split or a part that stayed, not "renamed"'
			]
		},
		{
			name: 'an undated link that does not say why',
			edit: (d: Raw) => delete link(d, 'militant-labour-renamed').dateNote,
			expected: [
				'lineage link "militant-labour-renamed": dateNote: missing: with no date, say what the source gives instead'
			]
		},
		{
			name: 'an open end that does not say why',
			edit: (d: Raw) => delete organisation(d, 'imt').toNote,
			expected: [
				'lineage organisation "imt": toNote: missing: with no to date, say whether the source gives an end'
			]
		},
		{
			name: 'an unnamed organisation with nothing to call it by',
			edit: (d: Raw) => delete organisation(d, 'pakistani-section').label,
			expected: [
				'lineage organisation "pakistani-section": label: missing: with no name, say what the source calls it'
			]
		},
		{
			name: 'a start after the end',
			edit: (d: Raw) => (organisation(d, 'cmi').to = '1990'),
			expected: [
				'lineage organisation "cmi": knownFrom: "early 1992" is after the end, to "1990"',
				'lineage link "cmi-renamed-imt": date: "2006" is after organisation "cmi" ends (to "1990")'
			]
		},
		{
			name: 'two organisations with one id',
			edit: (d: Raw) => (organisation(d, 'revolution').id = 'la-riposte'),
			expected: [
				'lineage link "la-riposte-renamed-revolution": to: "revolution" is not an organisation of the lineage',
				'lineage organisation "la-riposte": id: id "la-riposte" is also the id of organisations[19]'
			]
		}
	])('reports $name', ({ edit, expected }) => {
		expect(errorsAfter(edit)).toEqual(expected);
	});
});
