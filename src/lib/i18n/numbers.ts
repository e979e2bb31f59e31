/**
 * Numbers as the reader's language writes them (a count of 1,234 is "1.234" in Spanish and
 * "1 234" in French), through Intl with the current locale. Years are not counts: they are
 * written as they are, with no grouping.
 */
import { getLocale } from '$lib/paraglide/runtime';

export function formatCount(n: number): string {
	return new Intl.NumberFormat(getLocale()).format(n);
}
