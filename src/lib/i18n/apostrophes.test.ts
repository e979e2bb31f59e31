import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Prose takes the typographic apostrophe (’): French and Italian elide with it on every line
// ("l’IMT", "dell’atlante"), English writes "the atlas’s". A straight one beside it reads as a
// mistake. Names the source gives keep their own ("Committee for a Workers' International"),
// and the facts' English quotes the source as it stands, so only what the atlas writes is held
// to it.
type Value = string | { match: Record<string, string> }[];
const read = (file: string): Record<string, Value> => JSON.parse(readFileSync(file, 'utf8'));

/** Every text of a message file, each variant of a message on its own, placeholders taken out. */
const messageTexts = (locale: string): string[] =>
	Object.values(read(`messages/${locale}.json`))
		.flatMap((value) =>
			typeof value === 'string' ? [value] : value.flatMap((v) => Object.values(v.match))
		)
		.map((text) => text.replace(/\{[^}]*\}/g, '…'));

/** A word elided with a straight apostrophe: "l'IMT", "dell'inizio", "qu'«". */
const STRAIGHT_ELISION = /\p{L}'(?=[\p{L}«“])/u;

describe('typographic apostrophes', () => {
	it.each(['en', 'fr', 'it'])('%s messages have no straight apostrophe', (locale) => {
		expect(messageTexts(locale).filter((text) => text.includes("'"))).toEqual([]);
	});

	it.each(['fr', 'it'])('%s facts elide with the typographic apostrophe', (locale) => {
		const facts = Object.values(read(`src/lib/data/translations/${locale}.json`)) as string[];
		expect(facts.filter((text) => STRAIGHT_ELISION.test(text))).toEqual([]);
	});

	it.each([
		{ text: "l'IMT", elided: true },
		{ text: 'dell’inizio del 1992', elided: false },
		{ text: "Committee for a Workers' International", elided: false },
		{ text: "la source dit qu'« à l’époque »", elided: true }
	])('tells a straight elision in "$text": $elided', ({ text, elided }) => {
		expect(STRAIGHT_ELISION.test(text)).toBe(elided);
	});
});
