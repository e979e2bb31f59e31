import { describe, expect, it } from 'vitest';
import { localizeHref, type Locale } from '$lib/paraglide/runtime';
import { localHref } from './links';

describe('localHref: an app path in a language, worked out once and the same every time', () => {
	const rows: { name: string; href: string; locale: Locale; expected: string }[] = [
		{ name: 'English keeps the path', href: '/country/br', locale: 'en', expected: '/country/br' },
		{ name: 'Spanish prefixes it', href: '/country/br', locale: 'es', expected: '/es/country/br' },
		{ name: 'the home page', href: '/', locale: 'pt', expected: '/pt' },
		{
			name: 'a hash stays',
			href: '/sources#para-12',
			locale: 'fr',
			expected: '/fr/sources#para-12'
		},
		{ name: 'a query stays', href: '/?year=1992', locale: 'it', expected: '/it?year=1992' }
	];
	for (const { name, href, locale, expected } of rows) {
		it(name, () => {
			const first = localHref(href, locale);
			expect(first).toBe(localizeHref(href, { locale }));
			expect(first).toBe(expected);
			// Asked again, from the memory: the same address.
			expect(localHref(href, locale)).toBe(first);
		});
	}

	it('keeps languages apart for the same path', () => {
		expect(localHref('/list', 'en')).toBe('/list');
		expect(localHref('/list', 'es')).toBe('/es/list');
		expect(localHref('/list', 'en')).toBe('/list');
	});
});
