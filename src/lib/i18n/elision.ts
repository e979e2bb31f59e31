/**
 * Italian elides an article or an article joined to a preposition before a word that starts
 * with a vowel sound, and a number written in figures is read as its name: "l’8 maggio"
 * (otto), "dall’11 marzo" (undici), "dell’8", "dall’1 al 3" (uno, as `Intl` writes the first of
 * a month), but "il 5 maggio", "dal 1992" (millenovecento…). A message cannot see how a number
 * it is given sounds, so a phrase that puts an article before a date passes through `elide`.
 * Other languages need nothing: French writes "le 8 mai", Spanish "el 8 de mayo".
 */
import type { Locale } from '$lib/paraglide/runtime';

/** The articles and joined prepositions that elide, and what they become. */
const ELIDED: Record<string, string> = {
	il: 'l’',
	al: 'all’',
	dal: 'dall’',
	del: 'dell’',
	nel: 'nell’',
	sul: 'sull’'
};

/** A figure, its thousands grouped with a dot or a (no-break) space or not at all. */
const BEFORE_FIGURE =
	/(?<![\p{L}’'])(il|al|dal|del|nel|sul) (\d{1,3}(?:[. \u00a0\u202f]\d{3})+|\d+)/giu;

/** Whether the Italian name of `n` starts with a vowel: uno, otto, undici, ottanta…, ottocento… */
export function startsWithVowelSound(n: number): boolean {
	if (n >= 1_000_000)
		return Math.floor(n / 1_000_000) === 1 || startsWithVowelSound(Math.floor(n / 1_000_000));
	// "mille", "duemila": the thousands lead, and one thousand is not "un mille".
	if (n >= 1000) return Math.floor(n / 1000) !== 1 && startsWithVowelSound(Math.floor(n / 1000));
	if (n >= 100) return Math.floor(n / 100) === 8;
	return n === 1 || n === 8 || n === 11 || (n >= 80 && n <= 89);
}

/** `text` with each article before a figure elided as `locale` writes it. */
export function elide(text: string, locale: Locale): string {
	if (locale !== 'it') return text;
	return text.replace(BEFORE_FIGURE, (whole, article: string, figure: string) => {
		if (!startsWithVowelSound(Number(figure.replace(/\D/g, '')))) return whole;
		const elided = ELIDED[article.toLowerCase()] ?? article;
		const cased =
			article.charAt(0) !== article.charAt(0).toLowerCase()
				? elided.charAt(0).toUpperCase() + elided.slice(1)
				: elided;
		return cased + figure;
	});
}
