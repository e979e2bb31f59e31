import { describe, expect, it } from 'vitest';
import { countryName } from './country-names';

describe('countryName', () => {
	it.each([
		['br', 'en', 'Brazil', 'Brazil'],
		['br', 'es', 'Brazil', 'Brasil'],
		['gb', 'pt', 'United Kingdom', 'Reino Unido'],
		['gb', 'fr', 'United Kingdom', 'Royaume-Uni'],
		['de', 'it', 'Germany', 'Germania'],
		['us', 'es', 'United States', 'Estados Unidos'],
		['aa', 'fr', 'Nowhere', 'Nowhere']
	] as const)('%s in %s is %s', (iso2, locale, english, expected) => {
		expect(countryName(iso2, locale, english)).toBe(expected);
	});
});
