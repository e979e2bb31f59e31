// The talk's messages (`talk_*`) are a table of their own in the browser, which the atlas's
// pages never load; the talk, its presenter view and its print deck load theirs before they
// render (see `i18n/message-tables.ts`), and the family tree's, which its tree stops draw.
import { loadMessages } from '$lib/i18n/message-tables';
import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async () => {
	await Promise.all([loadMessages(getLocale(), 'talk'), loadMessages(getLocale(), 'pages')]);
};
