import { describe, expect, it } from 'vitest';
import { inLocale } from './in-locale';
import { formatCount } from './numbers';

describe('formatCount', () => {
	it.each([
		{ locale: 'en', n: 22, expected: '22' },
		{ locale: 'en', n: 1234, expected: '1,234' },
		{ locale: 'es', n: 12345, expected: '12.345' },
		{ locale: 'pt', n: 12345, expected: '12.345' },
		{ locale: 'fr', n: 1234, expected: '1\u202f234' },
		{ locale: 'it', n: 12345, expected: '12.345' }
	] as const)('$locale writes $n as $expected', ({ locale, n, expected }) => {
		expect(inLocale(locale, () => formatCount(n))).toBe(expected);
	});
});
