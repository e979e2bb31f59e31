// scripts/locale-messages-plugin.js: in the browser's build, each language's messages in tables
// of their own, by group; null in the server's build, vitest and svelte-check, where Paraglide's
// own modules answer every message in every language.
declare module 'virtual:locale-messages' {
	import type { MessageLoaders } from '$lib/i18n/message-tables';
	export const loaders: MessageLoaders | null;
}
