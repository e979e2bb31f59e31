import { describe, expect, it } from 'vitest';
import { initialTheme, storedTheme, storeTheme, THEME_KEY } from './theme';

describe('initialTheme', () => {
	it.each([
		{
			name: 'a stored light wins over a dark system',
			stored: 'light',
			light: false,
			theme: 'light'
		},
		{ name: 'a stored dark wins over a light system', stored: 'dark', light: true, theme: 'dark' },
		{ name: 'first visit, light system', stored: null, light: true, theme: 'light' },
		{ name: 'first visit, dark or no preference', stored: null, light: false, theme: 'dark' },
		{ name: 'a stored value that is no theme', stored: 'sepia', light: true, theme: 'light' }
	])('$name', ({ stored, light, theme }) => expect(initialTheme(stored, light)).toBe(theme));
});

describe('stored theme', () => {
	it('round-trips through storage', () => {
		const map = new Map<string, string>();
		const storage = {
			getItem: (k: string) => map.get(k) ?? null,
			setItem: (k: string, v: string) => void map.set(k, v)
		};
		storeTheme(storage, 'light');
		expect(map.get(THEME_KEY)).toBe('light');
		expect(storedTheme(storage)).toBe('light');
	});

	it('survives a storage that throws', () => {
		const blocked = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('blocked');
			}
		};
		expect(storedTheme(blocked)).toBeNull();
		expect(() => storeTheme(blocked, 'dark')).not.toThrow();
	});
});
