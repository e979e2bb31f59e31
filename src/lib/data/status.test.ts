import { describe, expect, it } from 'vitest';
import { countries, countryByIso } from './dataset';
import type { Country } from './schema';
import {
	statusDescription,
	statusInSentence,
	statusLabel,
	statusOf,
	STATUSES,
	type Status
} from './status';

function country(iso2: string): Country {
	const found = countryByIso(iso2);
	if (!found) throw new Error(`no country "${iso2}" in the dataset`);
	return found;
}

describe('statusOf on real countries', () => {
	it.each([
		{ name: 'Brazil: a section', input: 'br', expected: 'section' },
		{
			name: 'United Kingdom: a section after a predecessor that left',
			input: 'gb',
			expected: 'section'
		},
		{ name: 'Peru: a group', input: 'pe', expected: 'group' },
		{ name: 'Colombia: a group that left', input: 'co', expected: 'split' },
		{ name: 'Poland: a group that left', input: 'pl', expected: 'split' },
		{ name: 'Iran: a section that left', input: 'ir', expected: 'split' },
		{
			name: 'Sweden: a predecessor and a section that left, so the split wins',
			input: 'se',
			expected: 'split'
		},
		{ name: 'Ireland: a predecessor only', input: 'ie', expected: 'predecessor' },
		{
			name: 'Spain: a section that left and a new one that stayed',
			input: 'es',
			expected: 'section'
		},
		{
			name: 'Pakistan: the majority left, the minority stayed as the section',
			input: 'pk',
			expected: 'section'
		}
	] satisfies Array<{ name: string; input: string; expected: Status }>)(
		'$name',
		({ input, expected }) => {
			expect(statusOf(country(input))).toBe(expected);
		}
	);

	it('never calls a dataset country "none", since each lists an organisation', () => {
		const none = countries.filter((c) => statusOf(c) === 'none').map((c) => c.iso2);
		expect(none).toEqual([]);
	});
});

describe('statusOf on edited countries', () => {
	const brazil = country('br');
	const [section] = brazil.bodies;
	const left = { date: null, joined: null, note: 'It left.' };
	it.each([
		{
			name: 'a staying group does not outrank a staying section listed after it',
			input: [{ ...section!, role: 'group' as const }, section!],
			expected: 'section'
		},
		{
			name: 'a staying group outranks a section that left',
			input: [
				{ ...section!, left },
				{ ...section!, role: 'group' as const }
			],
			expected: 'group'
		},
		{
			name: 'a predecessor that left is not a split',
			input: [{ ...section!, role: 'predecessor' as const, left }],
			expected: 'predecessor'
		},
		{ name: 'no organisations at all', input: [], expected: 'none' }
	] satisfies Array<{ name: string; input: Country['bodies']; expected: Status }>)(
		'$name',
		({ input, expected }) => {
			expect(statusOf({ ...brazil, bodies: input })).toBe(expected);
		}
	);
});

describe('statusLabel and statusDescription', () => {
	it.each([
		{ status: 'predecessor' as const, past: false, label: 'CWI era only' },
		{ status: 'predecessor' as const, past: true, label: 'Militant / CWI' },
		{ status: 'section' as const, past: true, label: 'Section' },
		{ status: 'none' as const, past: true, label: 'No known presence' }
	])('$status on the map of a past year ($past) reads "$label"', ({ status, past, label }) => {
		expect(statusLabel(status, past)).toBe(label);
	});

	it.each([
		{ status: 'section' as const, past: false, expected: 'section' },
		{ status: 'none' as const, past: true, expected: 'no known presence' },
		{ status: 'predecessor' as const, past: false, expected: 'CWI era only' },
		{ status: 'predecessor' as const, past: true, expected: 'Militant / CWI' }
	])('reads $status mid-sentence as "$expected"', ({ status, past, expected }) => {
		expect(statusInSentence(status, past)).toBe(expected);
	});

	it('tells what the forerunner means at a year without "only"', () => {
		expect(statusDescription('predecessor', false)).toMatch(/Only/);
		expect(statusDescription('predecessor', true)).not.toMatch(/only/i);
		for (const status of STATUSES.filter((s) => s !== 'predecessor'))
			expect(statusDescription(status, true)).toBe(statusDescription(status, false));
	});
});
