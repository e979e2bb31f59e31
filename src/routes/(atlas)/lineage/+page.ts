// This page's messages are in the table of the atlas's pages other than the map, which the home
// page does not load (see `i18n/message-tables.ts`): loaded before the page renders.
import { loadMessages } from '$lib/i18n/message-tables';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageLoad } from './$types';

export const load: PageLoad = () => loadMessages(getLocale(), 'pages');
