/**
 * What a translation file of the facts must be: every prose key of the English dataset
 * (`proseOf`), each with a non-empty text, and no key the English lacks. A problem names the
 * language, then the key, which says the country (or `tendency`), the kind of fact, its id and
 * the field: `es: br/events/2017-split/text: missing`.
 */
import type { Dataset } from './schema';
import { proseOf } from './translatable';

/** Every problem with `table` as the `locale` translation of `data`'s prose, one line each. */
export function translationProblems(data: Dataset, locale: string, table: unknown): string[] {
	if (typeof table !== 'object' || table === null || Array.isArray(table))
		return [`${locale}: not an object of key and text`];
	const given = table as Record<string, unknown>;
	const english = proseOf(data);
	const problems: string[] = [];
	for (const key of Object.keys(english)) {
		const text = given[key];
		if (text === undefined) problems.push(`${locale}: ${key}: missing`);
		else if (typeof text !== 'string') problems.push(`${locale}: ${key}: not a text`);
		else if (!text.trim()) problems.push(`${locale}: ${key}: empty`);
	}
	for (const key of Object.keys(given))
		if (!(key in english)) problems.push(`${locale}: ${key}: not in the English dataset`);
	return problems;
}
