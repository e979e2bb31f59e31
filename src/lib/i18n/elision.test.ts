import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/paraglide/runtime';
import { elide, startsWithVowelSound } from './elision';

describe('startsWithVowelSound (Italian names of numbers)', () => {
	it.each([
		{ n: 1, vowel: true }, // uno
		{ n: 8, vowel: true }, // otto
		{ n: 11, vowel: true }, // undici
		{ n: 80, vowel: true }, // ottanta
		{ n: 88, vowel: true },
		{ n: 800, vowel: true }, // ottocento
		{ n: 8000, vowel: true }, // ottomila
		{ n: 11_000, vowel: true }, // undicimila
		{ n: 1_000_000, vowel: true }, // un milione
		{ n: 5, vowel: false },
		{ n: 18, vowel: false }, // diciotto
		{ n: 28, vowel: false }, // ventotto
		{ n: 100, vowel: false }, // cento
		{ n: 1000, vowel: false }, // mille
		{ n: 1992, vowel: false }, // millenovecentonovantadue
		{ n: 2008, vowel: false } // duemilaotto
	])('$n: $vowel', ({ n, vowel }) => {
		expect(startsWithVowelSound(n)).toBe(vowel);
	});
});

describe('elide, in every language', () => {
	it.each<{ locale: Locale; text: string; expected: string }>([
		{ locale: 'it', text: 'il 8 maggio 2015', expected: 'l’8 maggio 2015' },
		{ locale: 'it', text: 'dal 11 marzo 2009', expected: 'dall’11 marzo 2009' },
		{ locale: 'it', text: 'fino al 8 maggio 2015', expected: 'fino all’8 maggio 2015' },
		{ locale: 'it', text: 'la riunione del 8 maggio', expected: 'la riunione dell’8 maggio' },
		{ locale: 'it', text: 'Dal 1 al 3 maggio', expected: 'Dall’1 al 3 maggio' },
		{ locale: 'it', text: 'nel 8.000 a.C.', expected: 'nell’8.000 a.C.' },
		{ locale: 'it', text: 'sul 80 per cento', expected: 'sull’80 per cento' },
		// Unchanged: a consonant sound, a year, a word that only ends like an article.
		{ locale: 'it', text: 'dal 5 maggio 2015', expected: 'dal 5 maggio 2015' },
		{ locale: 'it', text: 'dal 1992 al 2008', expected: 'dal 1992 al 2008' },
		{ locale: 'it', text: 'fino al 18 maggio', expected: 'fino al 18 maggio' },
		{ locale: 'it', text: 'nel 1.000', expected: 'nel 1.000' },
		{ locale: 'it', text: 'Brasil 8 maggio', expected: 'Brasil 8 maggio' },
		// Other languages write the article whole.
		{ locale: 'fr', text: 'le 8 mai 2015', expected: 'le 8 mai 2015' },
		{ locale: 'fr', text: 'du 11 mars', expected: 'du 11 mars' },
		{ locale: 'es', text: 'desde el 8 de mayo', expected: 'desde el 8 de mayo' },
		{ locale: 'pt', text: 'desde 8 de maio', expected: 'desde 8 de maio' },
		{ locale: 'en', text: 'from 8 May', expected: 'from 8 May' }
	])('$locale: "$text"', ({ locale, text, expected }) => {
		expect(elide(text, locale)).toBe(expected);
	});
});
