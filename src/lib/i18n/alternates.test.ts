import { describe, expect, it } from 'vitest';
import { alternates, defaultHref } from './alternates';

const at = (path: string) => new URL(path, 'http://127.0.0.1:4173');
const hrefs = (path: string, withQuery?: boolean) =>
	Object.fromEntries(alternates(at(path), withQuery).map((a) => [a.locale, a.href]));

describe('alternates', () => {
	it.each([
		{
			name: 'the home page, English without a prefix',
			path: '/',
			expected: { en: '/', es: '/es', pt: '/pt', fr: '/fr', it: '/it' }
		},
		{
			name: 'a Spanish home page',
			path: '/es',
			expected: { en: '/', es: '/es', pt: '/pt', fr: '/fr', it: '/it' }
		},
		{
			name: 'a country with its year, from English',
			path: '/country/br?year=2000',
			expected: {
				en: '/country/br?year=2000',
				es: '/es/country/br?year=2000',
				pt: '/pt/country/br?year=2000',
				fr: '/fr/country/br?year=2000',
				it: '/it/country/br?year=2000'
			}
		},
		{
			name: 'a talk stop, from French, hash kept',
			path: '/fr/present?tour=history&stop=2#x',
			expected: {
				en: '/present?tour=history&stop=2#x',
				es: '/es/present?tour=history&stop=2#x',
				pt: '/pt/present?tour=history&stop=2#x',
				fr: '/fr/present?tour=history&stop=2#x',
				it: '/it/present?tour=history&stop=2#x'
			}
		},
		{
			name: 'a path that only starts like a language stays English',
			path: '/estonia',
			expected: {
				en: '/estonia',
				es: '/es/estonia',
				pt: '/pt/estonia',
				fr: '/fr/estonia',
				it: '/it/estonia'
			}
		}
	])('$name', ({ path, expected }) => {
		expect(hrefs(path)).toEqual(expected);
	});

	it('leaves out query and hash when asked (prerendering cannot read them)', () => {
		expect(hrefs('/it/present/print?tour=gb#a', false)).toMatchObject({
			en: '/present/print',
			it: '/it/present/print'
		});
	});

	it('offers English as the default', () => {
		expect(defaultHref(at('/pt/list?year=1990'))).toBe('/list');
	});
});
