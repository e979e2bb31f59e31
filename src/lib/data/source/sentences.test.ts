import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../validate';
import { sentencesOf, sentencesOfParagraph, sentencesUnder } from './sentences';

const article = readFileSync(
	fileURLToPath(new URL('./international-marxist-tendency.txt', import.meta.url)),
	'utf8'
);
const sentences = sentencesOf(paragraphsOf(article));

describe('sentencesOfParagraph', () => {
	it.each([
		{ name: 'plain sentences', text: 'One two. Three four.', expected: ['One two.', 'Three four.'] },
		{
			name: 'a footnote that ate the space',
			text: 'Renamed the IMT (IMT).Woods is editor.',
			expected: ['Renamed the IMT (IMT).', 'Woods is editor.']
		},
		{
			name: 'a web address and a decimal',
			text: 'Its site, Marxist.com, is edited. It got 0.08% of the vote.',
			expected: ['Its site, Marxist.com, is edited.', 'It got 0.08% of the vote.']
		},
		{
			name: 'a full stop inside quotation marks',
			text: 'She said, "Socialism is the answer. Only this frees us." Then more.',
			expected: ['She said, "Socialism is the answer. Only this frees us."', 'Then more.']
		},
		{
			name: 'an initial',
			text: 'Written by J. Smith in 1990. Read widely.',
			expected: ['Written by J. Smith in 1990.', 'Read widely.']
		},
		{
			name: 'a roman numeral before a new sentence',
			text: 'Linked to Taibo II. On August 26 they marched.',
			expected: ['Linked to Taibo II.', 'On August 26 they marched.']
		},
		{
			name: 'an unclosed bracket at the end',
			text: 'For the Moscow City Duma (city council.',
			expected: ['For the Moscow City Duma (city council.']
		}
	])('splits $name', ({ text, expected }) => {
		const found = sentencesOfParagraph(text, 1);
		expect(found.map((s) => s.text)).toEqual(expected);
		for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
		expect(found.map((s) => s.id)).toEqual(expected.map((_, i) => `1.${i + 1}`));
	});
});

describe('the source article', () => {
	const byId = new Map(sentences.map((s) => [s.id, s.text]));

	it.each([
		{ id: '1.1', starts: 'The International Marxist Tendency (IMT) is' },
		{ id: '2.5', starts: 'In 1983, the five members' },
		{ id: '2.6', starts: 'Ted Grant was a long time leader' },
		{ id: '3.2', starts: 'Woods is editor of the British section' },
		{ id: '7.9', starts: 'These articles took note' },
		{ id: '15.2', starts: 'The tendency has been criticised' }
	])('sentence $id starts "$starts"', ({ id, starts }) => {
		expect(byId.get(id)).toMatch(new RegExp(`^${starts.replace(/[()]/g, '\\$&')}`));
	});

	it('keeps the quoted greetings of paragraph 10 in one sentence', () => {
		const greeting = sentences.filter((s) => s.text.includes('I am convinced Socialism'));
		expect(greeting).toHaveLength(1);
		expect(greeting[0]!.text).toMatch(/exploitation\."$/);
	});

	it('covers every character of every paragraph but the spaces between sentences', () => {
		const paragraphs = paragraphsOf(article);
		for (const [i, text] of paragraphs.entries()) {
			const own = sentences.filter((s) => s.para === i + 1);
			expect(own.map((s) => s.text).join(' ').replace(/\s+/g, ' ')).toBe(
				text.replace(/([.!?]["”)]?)(?=\p{Lu})/gu, '$1 ').replace(/\s+/g, ' ')
			);
		}
	});
});

describe('sentencesUnder', () => {
	const two = sentencesOfParagraph('Alpha beta gamma. Delta epsilon zeta.', 4);
	it.each([
		{ name: 'inside the first', at: 0, length: 5, expected: ['4.1'] },
		{ name: 'inside the second', at: 18, length: 5, expected: ['4.2'] },
		{ name: 'across both', at: 11, length: 15, expected: ['4.1', '4.2'] },
		{ name: 'another paragraph', at: 0, length: 5, para: 3, expected: [] }
	])('finds the sentences under a quote $name', ({ at, length, para = 4, expected }) => {
		expect(sentencesUnder(two, para, at, length).map((s) => s.id)).toEqual(expected);
	});
});
