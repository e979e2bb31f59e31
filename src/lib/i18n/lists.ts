import { getLocale } from '$lib/paraglide/runtime';

/**
 * "1 page and 2 scripts" in the page's language (`Intl.ListFormat`, conjunction); British
 * English, as the atlas writes, has no comma before "and".
 */
export function formatList(items: string[]): string {
	const locale = getLocale();
	return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(
		items
	);
}
