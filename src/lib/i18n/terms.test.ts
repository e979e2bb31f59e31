import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every text of a language: its interface messages and its translation of the facts. */
const texts = (locale: string): string[] =>
	[`messages/${locale}.json`, `src/lib/data/translations/${locale}.json`].flatMap((file) =>
		Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
	);

describe('one word for the tendency in each language', () => {
	// The organisation name "Corriente Marxista Revolucionaria" is the source's and stays.
	it.each([
		['es', /\bcorrientes?\b(?! Marxista Revolucionaria)/i],
		['pt', /\bcorrentes?\b/i]
	] as const)('%s: says "tendencia/tendência", never %s', (locale, other) => {
		expect(texts(locale).filter((t) => other.test(t))).toEqual([]);
	});
});
