import { describe, expect, it } from 'vitest';
import atlas from '$lib/data/atlas.json';
import ledger from '$lib/data/ledger.json';
import { citedBy, sourceLedgerProblems, syncedLedger } from './source-ledger';

describe('the ledger of the source', () => {
	it('accounts for every sentence, agreeing with the dataset', () => {
		expect(sourceLedgerProblems(atlas, ledger)).toEqual([]);
	});

	it('is what `npm run ledger` would write', () => {
		expect(syncedLedger(atlas, ledger)).toEqual(ledger);
	});

	it('leaves out few sentences, each with its reason', () => {
		const omitted = ledger.sentences.filter((s) => 'omit' in s);
		expect(omitted.length).toBeLessThanOrEqual(ledger.sentences.length / 20);
		for (const s of omitted) expect((s as { omit: string }).omit.length, s.id).toBeGreaterThan(20);
	});

	it('names the fact that was removed and the sentence it carried', () => {
		const edited = structuredClone(atlas);
		const gb = edited.countries.find((c) => c.iso2 === 'gb')!;
		const [removed] = gb.events.splice(
			gb.events.findIndex((e) => e.date === '1983'),
			1
		);
		const problems = sourceLedgerProblems(edited, ledger);
		expect(problems).toContainEqual(
			expect.stringMatching(
				new RegExp(
					`^sentence 2\\.5 \\("In 1983.*lists "gb/events/${removed!.id}", which is not a fact`
				)
			)
		);
	});

	it('names the sentence a new citation quotes when the ledger does not list it', () => {
		const edited = structuredClone(atlas);
		edited.tendency.ideas[0]!.cite.push({
			source: 'wp-imt',
			para: 14,
			quote: 'There is also a quantity of audio'
		});
		expect(sourceLedgerProblems(edited, ledger)).toContainEqual(
			`sentence 14.2 ("There is also a quantity of audio and video mat…"): cited by "tendency/ideas/${atlas.tendency.ideas[0]!.id}", not listed there`
		);
	});

	it('reports a ledger of the wrong shape by field', () => {
		expect(sourceLedgerProblems(atlas, { source: 'wp-imt', sentences: [{ id: '5' }] })).toEqual([
			'sentences[0].id: must be paragraph.sentence, like "5.3"',
			expect.stringMatching(/^sentences\[0\]\.text: /)
		]);
	});

	it('maps every citation of the dataset to at least one sentence', () => {
		for (const [path, ids] of citedBy(atlas)) expect(ids.length, path).toBeGreaterThan(0);
	});
});
