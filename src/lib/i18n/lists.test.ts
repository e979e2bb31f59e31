import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { formatList } from './lists';

const english = getLocale;

describe('formatList', () => {
	afterEach(() => overwriteGetLocale(english));
	it.each<[Locale, string]>([
		['en', '1 page, 2 scripts and 1 font'],
		['es', '1 page, 2 scripts y 1 font'],
		['pt', '1 page, 2 scripts e 1 font'],
		['fr', '1 page, 2 scripts et 1 font'],
		['it', '1 page, 2 scripts e 1 font']
	])('%s', (locale, joined) => {
		overwriteGetLocale(() => locale);
		expect(formatList(['1 page', '2 scripts', '1 font'])).toBe(joined);
	});
	it('leaves one item alone', () => expect(formatList(['3 images'])).toBe('3 images'));
});
