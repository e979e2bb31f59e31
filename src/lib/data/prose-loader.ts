/**
 * Loads the facts' prose of one language, and only that one: each translation file is a chunk of
 * its own, fetched by the page that needs it (the browser's `init` hook awaits it before
 * hydration; the server before it renders), so a Spanish page does not carry the French.
 */
import { baseLocale, type Locale } from '../paraglide/runtime';
import { addProse, hasProse } from './localized';
import pseudo from 'virtual:pseudo-prose';

const files: Record<string, () => Promise<Record<string, string>>> = {
	...import.meta.glob<Record<string, string>>('./translations/*.json', { import: 'default' }),
	// The browser tests' pseudo-locales, in their build only (i18n/pseudo-build.server.ts).
	...Object.fromEntries(
		Object.entries(pseudo).map(([l, load]) => [`./translations/${l}.json`, load])
	)
};

/** Makes `locale`'s prose readable through `localized.ts`; English needs nothing. */
export async function loadProse(locale: Locale): Promise<void> {
	if (locale === baseLocale || hasProse(locale)) return;
	const load = files[`./translations/${locale}.json`];
	if (!load) throw new Error(`No translation of the facts for "${locale}"`);
	addProse(locale, await load());
}
