import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseLocale, locales } from '$lib/paraglide/runtime';

const messagesOf = (locale: string): Record<string, string> => {
	const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
	delete messages.$schema;
	return messages;
};
const english = messagesOf(baseLocale);
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((p) => p[1]).sort();

/** Every source file under `dir`, the generated messages left out. */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (path === join('src', 'lib', 'paraglide')) return [];
		if (statSync(path).isDirectory()) return sources(path);
		return /\.(ts|svelte|js)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
	});
}

describe('messages', () => {
	it.each(locales)(
		'%s has every message, none empty, none extra, with the same parameters',
		(locale) => {
			const messages = messagesOf(locale);
			expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
			for (const [key, text] of Object.entries(messages)) {
				expect(text.trim(), `${locale}: ${key}`).not.toBe('');
				expect(params(text), `${locale}: ${key}`).toEqual(params(english[key]!));
			}
		}
	);

	it('uses every message somewhere in src/', () => {
		const code = sources('src')
			.map((file) => readFileSync(file, 'utf8'))
			.join('\n');
		const unused = Object.keys(english).filter(
			(key) => !new RegExp(`\\bm\\.${key}\\b|\\bm\\[['"]${key}['"]\\]`).test(code)
		);
		expect(unused).toEqual([]);
	});

	it('is written in each language, not copied from the English', () => {
		// Patterns made only of names and parameters, and words that happen to be the same.
		const SAME_BY_NATURE = new Set([
			'page_title',
			'es:error_title',
			'fr:nav_sources',
			'fr:sources_title'
		]);
		for (const locale of locales.filter((l) => l !== baseLocale)) {
			const copied = Object.entries(messagesOf(locale))
				.filter(([key, text]) => text === english[key])
				.filter(([key]) => !SAME_BY_NATURE.has(key) && !SAME_BY_NATURE.has(`${locale}:${key}`))
				.map(([key]) => key);
			expect(copied, locale).toEqual([]);
		}
	});
});
