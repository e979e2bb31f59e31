/**
 * The message files against each other and against the code: every key in every language, never
 * empty, with the same parameters as English, and every key used somewhere in src/ (a key left
 * behind by a removed string is dead weight in every language's bundle).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';

type Variant = { declarations?: string[]; match: Record<string, string> };
type Message = string | Variant[];

const read = (locale: string): Record<string, Message> => {
	const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
	delete messages.$schema;
	return messages;
};
const files = Object.fromEntries(locales.map((l) => [l, read(l)]));
const english = files.en!;

/** The texts of a message: itself, or each of its variants. */
const texts = (message: Message): string[] =>
	typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));

/** Its parameters: `{name}` in any text, and the inputs a variant declares. */
function params(message: Message): string[] {
	const inText = texts(message).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!));
	const declared =
		typeof message === 'string'
			? []
			: message.flatMap((v) =>
					(v.declarations ?? []).flatMap((d) => /^input (\w+)$/.exec(d)?.[1] ?? [])
				);
	return [...new Set([...inText, ...declared])].sort();
}

const source = readdirSync('src', { recursive: true, encoding: 'utf8' })
	.filter(
		(f) => /\.(ts|svelte)$/.test(f) && !f.startsWith('lib/paraglide') && !f.endsWith('.test.ts')
	)
	.map((f) => readFileSync(join('src', f), 'utf8'))
	.join('\n');

describe('messages', () => {
	describe.each(locales.filter((l) => l !== 'en'))('%s', (locale) => {
		const messages = files[locale]!;

		it('has every English key and no other', () => {
			expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
		});

		it.each(Object.keys(english))('%s: not empty, with the same parameters', (key) => {
			const message = messages[key];
			expect(message).toBeDefined();
			for (const text of texts(message!)) expect(text.trim()).not.toBe('');
			expect(params(message!)).toEqual(params(english[key]!));
		});
	});

	it.each(Object.keys(english))('%s is used in src/', (key) => {
		expect(source).toMatch(new RegExp(`\\bm\\.${key}\\b`));
	});
});

describe('every language', () => {
	it('is written in its own words, not copied from the English', () => {
		// Patterns made only of names and parameters, and words that happen to be the same.
		const SAME_BY_NATURE = new Set([
			'page_title',
			'status_predecessor_then',
			'talk_notices_ok',
			'export_kilobytes',
			'video_megabytes',
			// A file format's name.
			'cite_bibtex_label',
			'embed_frame_title_country',
			'es:error_title',
			'es:sources_kind_ideas',
			'fr:nav_sources',
			'fr:sources_title',
			'fr:status_section',
			'fr:panel_organisation_heading',
			'fr:panel_publications_heading',
			'fr:timeline_pause',
			'fr:sources_term_licence',
			'fr:sources_kind_bodies',
			'fr:sources_kind_publications',
			'fr:talk_notes_dates',
			'fr:talk_notes_organisations',
			'it:sources_kind_ideas',
			'it:lineage_organisation',
			'it:talk_help_touch_title',
			'pt:talk_help_keys_ends',
			// Brazilian keyboards label the key Shift too.
			'pt:talk_help_keys_start'
		]);
		// A pattern of parameters and punctuation ("{from} – {to}") has no words to translate.
		const wordless = (text: string) => !/\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
		for (const locale of locales.filter((l) => l !== 'en')) {
			const copied = Object.entries(files[locale]!)
				.filter(
					([key, text]) => typeof text === 'string' && text === english[key] && !wordless(text)
				)
				.filter(([key]) => !SAME_BY_NATURE.has(key) && !SAME_BY_NATURE.has(`${locale}:${key}`))
				.map(([key]) => key);
			expect(copied, locale).toEqual([]);
		}
	});
});
