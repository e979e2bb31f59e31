import { describe, expect, it } from 'vitest';
import { endonym, languages } from './languages';

describe('endonym', () => {
	it.each([
		['en', 'English'],
		['es', 'Español'],
		['pt', 'Português'],
		['fr', 'Français'],
		['it', 'Italiano']
	] as const)('%s is %s', (locale, name) => {
		expect(endonym(locale)).toBe(name);
	});

	it('names every language of the site', () => {
		expect(languages.map((l) => l.locale)).toEqual(['en', 'es', 'pt', 'fr', 'it']);
	});
});
