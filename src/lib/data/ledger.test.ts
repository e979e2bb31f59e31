import { describe, expect, it } from 'vitest';
import { buildLedger, citedSentences, type Ledger } from './ledger';
import { ledgerProblems } from './ledger-checks';
import { sentencesOf } from './source/sentences';

const paragraphs = ['Alpha beta gamma. Delta epsilon zeta.', 'Eta theta iota.'];
const sentences = sentencesOf(paragraphs);
const cite = (para: number, quote: string) => ({ source: 's', para, quote });

const facts = [
	{ path: 'gb/events/a', cite: [cite(1, 'Alpha beta gamma')] },
	{ path: 'tendency/ideas/b', cite: [cite(1, 'gamma. Delta epsilon'), cite(2, 'not there')] }
];
const cited = citedSentences(facts, sentences, paragraphs);

/** The ledger these facts imply, with a reason for the sentence none of them cites. */
const good = (): Ledger => ({
	source: 's',
	sentences: [
		{ id: '1.1', text: 'Alpha beta gamma.', facts: ['gb/events/a', 'tendency/ideas/b'] },
		{ id: '1.2', text: 'Delta epsilon zeta.', facts: ['tendency/ideas/b'] },
		{ id: '2.1', text: 'Eta theta iota.', omit: 'An aside.' }
	]
});

describe('citedSentences', () => {
	it('maps each fact to every sentence its quotes overlap, skipping quotes not found', () => {
		expect(Object.fromEntries(cited)).toEqual({
			'gb/events/a': ['1.1'],
			'tendency/ideas/b': ['1.1', '1.2']
		});
	});
});

describe('buildLedger', () => {
	it('lists the citing facts of every sentence and keeps the reasons already written', () => {
		const previous = good();
		previous.sentences[0] = { id: '1.1', text: 'old', omit: 'now carried, so dropped' };
		expect(buildLedger('s', sentences, cited, previous)).toEqual(good());
	});

	it('leaves a sentence with neither facts nor reason for the maintainer to decide', () => {
		expect(buildLedger('s', sentences, cited).sentences[2]).toEqual({
			id: '2.1',
			text: 'Eta theta iota.'
		});
	});
});

describe('ledgerProblems', () => {
	it('finds none in a ledger that agrees with the source and the facts', () => {
		expect(ledgerProblems(good(), sentences, cited)).toEqual([]);
	});

	it.each([
		{
			name: 'a sentence missing',
			edit: (l: Ledger) => l.sentences.splice(2, 1),
			expected: [
				'sentence 2.1 ("Eta theta iota."): missing; list the facts that carry it or why it is left out'
			]
		},
		{
			name: 'a sentence the source does not have',
			edit: (l: Ledger) => l.sentences.push({ id: '3.1', text: 'Gone.', omit: 'x' }),
			expected: ['sentence 3.1: the source has no such sentence ("Gone.")']
		},
		{
			name: 'a sentence listed twice',
			edit: (l: Ledger) => l.sentences.push({ ...l.sentences[2]! }),
			expected: ['sentence 2.1: listed twice']
		},
		{
			name: 'a sentence whose text changed in the source',
			edit: (l: Ledger) => (l.sentences[2]!.text = 'Eta theta.'),
			expected: ['sentence 2.1 ("Eta theta iota."): its text differs from the source']
		},
		{
			name: 'a fact that no longer exists',
			edit: (l: Ledger) => l.sentences[1]!.facts!.push('gb/events/gone'),
			expected: [
				'sentence 1.2 ("Delta epsilon zeta."): lists "gb/events/gone", which is not a fact of the dataset'
			]
		},
		{
			name: 'a fact listed for a sentence it does not cite',
			edit: (l: Ledger) => l.sentences[1]!.facts!.push('gb/events/a'),
			expected: [
				'sentence 1.2 ("Delta epsilon zeta."): lists "gb/events/a", which does not cite it'
			]
		},
		{
			name: 'a citation the ledger does not record',
			edit: (l: Ledger) => {
				l.sentences[1]!.facts = [];
				l.sentences[1]!.omit = 'x';
			},
			expected: [
				'sentence 1.2 ("Delta epsilon zeta."): cited by "tendency/ideas/b", not listed there'
			]
		},
		{
			name: 'a sentence neither carried nor left out',
			edit: (l: Ledger) => delete l.sentences[2]!.omit,
			expected: [
				'sentence 2.1 ("Eta theta iota."): no fact carries it and no reason says why it is left out'
			]
		},
		{
			name: 'a blank reason',
			edit: (l: Ledger) => (l.sentences[2]!.omit = ' '),
			expected: [
				'sentence 2.1 ("Eta theta iota."): no fact carries it and no reason says why it is left out'
			]
		},
		{
			name: 'a sentence both carried and left out',
			edit: (l: Ledger) => (l.sentences[1]!.omit = 'x'),
			expected: [
				'sentence 1.2 ("Delta epsilon zeta."): both carried by facts and left out; keep one'
			]
		}
	])('reports $name', ({ edit, expected }) => {
		const ledger = good();
		edit(ledger);
		expect(ledgerProblems(ledger, sentences, cited)).toEqual(expected);
	});

	it('shortens a long sentence to its opening words in a message', () => {
		const long = sentencesOf(['One two three four five six seven eight nine ten eleven twelve.']);
		const [problem] = ledgerProblems({ source: 's', sentences: [] }, long, new Map());
		expect(problem).toBe(
			'sentence 1.1 ("One two three four five six seven eight nine te…"): missing; list the facts that carry it or why it is left out'
		);
	});
});
