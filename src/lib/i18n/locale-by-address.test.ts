import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { cacheLocaleByAddress } from './locale-by-address';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

/** A fake address bar whose locale is its first path segment, counting how often it is read. */
function fakeAddress() {
	const state = { href: 'https://atlas.test/country/br', reads: 0 };
	overwriteGetLocale(() => {
		state.reads += 1;
		const first = new URL(state.href).pathname.split('/')[1];
		return (['es', 'pt', 'fr', 'it'].includes(first ?? '') ? first : 'en') as Locale;
	});
	cacheLocaleByAddress(() => state.href);
	return state;
}

describe('cacheLocaleByAddress', () => {
	it('reads the locale once for many messages at one address', () => {
		const address = fakeAddress();
		for (let i = 0; i < 200; i++) expect(getLocale()).toBe('en');
		expect(address.reads).toBe(1);
	});

	it.each([
		{ href: 'https://atlas.test/es/country/br', locale: 'es' },
		{ href: 'https://atlas.test/fr/list', locale: 'fr' },
		{ href: 'https://atlas.test/country/ar?year=2000', locale: 'en' }
	])('reads again when the address becomes $href', ({ href, locale }) => {
		const address = fakeAddress();
		expect(getLocale()).toBe('en');
		address.href = href;
		expect(getLocale()).toBe(locale);
		expect(getLocale()).toBe(locale);
		expect(address.reads).toBe(2);
	});
});
