import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales, baseLocale } from '$lib/paraglide/runtime';
import { dataset } from './dataset';
import { translationProblems } from './translation-checks';

const DIR = 'src/lib/data/translations';

describe('the translations of the facts', () => {
	it('exist for every language but English, and for no other', () => {
		const files = readdirSync(DIR).map((f) => f.replace(/\.json$/, ''));
		expect(files.sort()).toEqual(locales.filter((l) => l !== baseLocale).sort());
	});

	it.each(locales.filter((l) => l !== baseLocale))(
		'%s covers every fact, and only those',
		(locale) => {
			const table: unknown = JSON.parse(readFileSync(`${DIR}/${locale}.json`, 'utf8'));
			expect(translationProblems(dataset, locale, table)).toEqual([]);
		}
	);
});
