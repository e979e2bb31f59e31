import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseLocale, locales } from '$lib/paraglide/runtime';

type Variant = { declarations?: string[]; match: Record<string, string> };
type Value = string | Variant[];

const read = (locale: string): Record<string, Value> => {
	const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
	delete messages.$schema;
	return messages;
};
const files = Object.fromEntries(locales.map((l) => [l, read(l)]));
const keys = Object.keys(files[baseLocale]!);

/** Every text of a message: itself, or each of its variants. */
const texts = (value: Value): string[] =>
	typeof value === 'string' ? [value] : value.flatMap((v) => Object.values(v.match));

/** The parameters a message takes: `{name}` in its texts and the inputs it declares. */
function params(value: Value): string[] {
	const found = new Set(
		texts(value).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!))
	);
	if (typeof value !== 'string')
		for (const d of value.flatMap((v) => v.declarations ?? []))
			if (d.startsWith('input ')) found.add(d.slice(6));
	return [...found].sort();
}

/** The source the app is built from, without the generated messages. */
function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : sources(path);
		return /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
	});
}
const code = sources('src')
	.map((f) => readFileSync(f, 'utf8'))
	.join('\n');

describe('messages', () => {
	it('every language has exactly the keys of the base language, in the same order', () => {
		for (const locale of locales) expect(Object.keys(files[locale]!)).toEqual(keys);
	});

	it.each(locales.filter((l) => l !== baseLocale))(
		'%s: every message is written, with the same parameters',
		(locale) => {
			for (const key of keys) {
				const value = files[locale]![key]!;
				for (const text of texts(value)) expect(text.trim(), `${locale} ${key}`).not.toBe('');
				expect(params(value), `${locale} ${key}`).toEqual(params(files[baseLocale]![key]!));
			}
		}
	);

	it('every message is used somewhere in src/', () => {
		const unused = keys.filter((key) => !new RegExp(`\\bm\\.${key}\\b`).test(code));
		expect(unused).toEqual([]);
	});
});
