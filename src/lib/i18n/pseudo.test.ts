import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import { pseudoMessage, pseudoMessages, pseudoText } from './pseudo';

describe('pseudoText', () => {
	it.each([
		['accents every letter, brackets the whole', 'en-XA', 'Map', '[Ṁáþ]'],
		['keeps placeholders as they are', 'en-XA', '{count} countries', /^\[\{count\} çöûñţŕîéš/],
		['keeps nested braces whole', 'en-XA', 'a {x{y}} b', /^\[á \{x\{y\}\} ƀ/],
		['writes right to left in Hebrew letters', 'ar-XB', 'Map', 'מאע'],
		['mirrors arrows right to left', 'ar-XB', '← Previous', '→ עצהתטסשק'],
		['keeps placeholders right to left', 'ar-XB', 'Stop {n}', 'קרסע {n}'],
		['leaves an empty string empty', 'en-XA', '', '']
	] as const)('%s', (_, locale, text, expected) => {
		const out = pseudoText(text, locale);
		if (typeof expected === 'string') expect(out).toBe(expected);
		else expect(out).toMatch(expected);
	});

	it('lengthens a sentence by about 40 %', () => {
		const text = 'The source names an IMT organisation in this country.';
		const ratio = pseudoText(text, 'en-XA').length / text.length;
		expect(ratio).toBeGreaterThan(1.35);
		expect(ratio).toBeLessThan(1.45);
	});
});

/** Every text of a message: the string, or each variant's. */
const textsOf = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: Array.isArray(value)
			? value.flatMap(textsOf)
			: Object.values((value as { match: Record<string, string> }).match);

describe('pseudoMessages', () => {
	it.each(['en-XA', 'ar-XB'] as const)(
		'%s leaves no Latin letter outside placeholders in any message',
		(locale) => {
			const { $schema, ...messages } = pseudoMessages(en, locale);
			expect($schema).toBe(en.$schema);
			const plain = Object.entries(messages).filter(([, value]) =>
				textsOf(value).some((text) => /[A-Za-z]/.test(text.replace(/\{[^{}]*\}/g, '')))
			);
			expect(plain).toEqual([]);
		}
	);

	it('translates the variants of a plural, not its declarations or selectors', () => {
		const value = [
			{
				declarations: ['input count', 'local countPlural = count: plural'],
				selectors: ['countPlural'],
				match: { 'countPlural=one': '{count} country', 'countPlural=*': '{count} countries' }
			}
		];
		expect(pseudoMessage(value, 'ar-XB')).toEqual([
			{
				...value[0],
				match: { 'countPlural=one': '{count} גסשנרצן', 'countPlural=*': '{count} גסשנרצטהק' }
			}
		]);
	});
});
