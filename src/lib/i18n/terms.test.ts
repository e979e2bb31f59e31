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

/** A language's interface messages only, with the texts of each variant of a message. */
const messages = (locale: string): string[] =>
	Object.values(
		JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<
			string,
			string | { match: Record<string, string> }[]
		>
	).flatMap((value) =>
		typeof value === 'string' ? [value] : value.flatMap((v) => Object.values(v.match))
	);

describe('one word for a dated event in each language', () => {
	// The English "event" ("dated events", "The event", "event by event") is one word in each
	// language; another word for it, in the messages or beside "dated" in the facts, would read
	// as a second kind of thing. Spanish keeps "hecho" out, as it reads as "fact" ("dato").
	it.each([
		['es', 'acontecimiento', /\b(hechos?|eventos?|sucesos?) fechad/i, /\b(hechos?|eventos?)\b/i],
		['pt', 'evento', /\b(fatos?|acontecimentos?) datad/i, /\bacontecimentos?\b/i],
		['it', 'evento', /\b(fatt[oi]|avveniment[oi]) datat/i, /\bavveniment[oi]\b/i],
		['fr', 'événement', /\bfaits? datés?/i, /\bévènements?\b/i]
	] as const)('%s: says "%s"', (locale, _term, besideDated, inMessages) => {
		expect(texts(locale).filter((t) => besideDated.test(t))).toEqual([]);
		expect(messages(locale).filter((t) => inMessages.test(t))).toEqual([]);
	});
});
