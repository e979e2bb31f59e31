import { describe, expect, it } from 'vitest';
import { countries } from './dataset';
import { categoryOf, describeTactic, TACTIC_CATEGORIES } from './tactics';
import { tacticMeaning } from './tactic-meaning';
import type { Tactic } from './schema';

describe('tacticMeaning', () => {
	it('says every class but "none described", as a sentence', () => {
		for (const category of TACTIC_CATEGORIES) {
			const meaning = tacticMeaning(category);
			if (category === 'none') expect(meaning).toBeNull();
			else expect(meaning, category).toMatch(/\.$/);
		}
	});

	// The dataset's tactics, each with the class the map gives it: the legend must use the words
	// the panel shows for every one of them, the party's kind included where it sets the class.
	const tactics = countries.flatMap((c) => c.tactics.map((t) => ({ iso2: c.iso2, tactic: t })));

	it.each(tactics.map(({ iso2, tactic }) => ({ name: `${iso2} ${tactic.id}`, tactic })))(
		"$name: its class's meaning quotes the panel's heading",
		({ tactic }) => {
			const meaning = tacticMeaning(categoryOf(tactic))!;
			const { type, party } = describeTactic(tactic);
			expect(meaning).toContain(`“${type}”`);
			const kind = party?.split(', ').at(-1);
			if (tactic.type === 'entryism' && tactic.party?.kind) expect(meaning).toContain(kind);
		}
	);

	it.each([
		{
			name: 'entryism in a broad-left party counts as inside another party',
			tactic: { type: 'entryism', party: { name: 'X', kind: 'broad-left' } },
			expected: 'inside-party'
		},
		{
			name: 'entryism in a party of unknown kind counts as inside another party',
			tactic: { type: 'entryism', party: { name: 'X' } },
			expected: 'inside-party'
		},
		{
			name: 'independent work counts with campaigns',
			tactic: { type: 'independent' },
			expected: 'campaign'
		}
	])('$name, and its meaning says so', ({ tactic, expected }) => {
		const category = categoryOf(tactic as unknown as Tactic);
		expect(category).toBe(expected);
		const meaning = tacticMeaning(category)!;
		const { type } = describeTactic(tactic as unknown as Tactic);
		expect(meaning).toContain(`“${type}”`);
	});

	it('tells "inside another party" from entryism in the words of the panel', () => {
		const inside = tacticMeaning('inside-party')!;
		expect(inside).toContain('“Inside a party”');
		expect(inside).toContain('does not call it entryism');
		expect(inside).toContain('broad-left party');
		expect(tacticMeaning('entryism-communist')).toContain('“Entryism”, in a communist party');
	});
});
