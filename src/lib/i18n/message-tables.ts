/**
 * The interface's messages in the browser, in the page's language only. Paraglide compiles each
 * message into one function holding all five languages; in the browser's build
 * (`scripts/locale-messages-plugin.js`) each `m.key()` becomes `message('key')`, answered from a
 * table of one language's compiled functions. `hooks.client.ts` loads the page's language before
 * hydration, the talk's pages also its talk messages (`routes/present/+layout.ts`), the atlas's
 * other pages theirs (`pages`, in their `+page.ts`); the service
 * worker caches every table, so every language works offline. On the server, in vitest and in
 * svelte-check, Paraglide's modules answer as they are and `loaders` is null.
 */
import { loaders as builtLoaders } from 'virtual:locale-messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

type Compiled = (inputs: Record<string, unknown>) => string;
type Table = Record<string, Compiled>;
/**
 * The tables' groups (`messageGroup` in the plugin): the talk's messages, those of the atlas's
 * pages other than the map (family tree, sources, list, about), and the rest.
 */
export type MessageGroup = 'app' | 'talk' | 'pages';
export type MessageLoaders = Record<string, Record<MessageGroup, () => Promise<Table>>>;

const tables = new Map<string, Table>();

/** `m.key` in the browser's build: the loaded function of the page's (or the asked) language. */
export function message(key: string) {
	return (inputs: Record<string, unknown> = {}, options: { locale?: Locale } = {}): string => {
		const locale = options.locale ?? getLocale();
		const compiled = tables.get(locale)?.[key];
		if (!compiled) throw new Error(`message "${key}" in "${locale}" used before it was loaded`);
		return compiled(inputs);
	};
}

/** Loads `locale`'s messages of `group`; nothing to do where Paraglide's modules answer. */
export async function loadMessages(
	locale: Locale,
	group: MessageGroup = 'app',
	loaders: MessageLoaders | null = builtLoaders
): Promise<void> {
	if (!loaders) return;
	const load = loaders[locale]?.[group];
	if (!load) throw new Error(`no "${group}" messages for "${locale}"`);
	// Read the language's table after the wait: groups loaded at once must not drop each other.
	const table = await load();
	tables.set(locale, { ...tables.get(locale), ...table });
}
