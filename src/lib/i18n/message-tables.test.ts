import { describe, expect, it } from 'vitest';
import { loaders as built } from 'virtual:locale-messages';
import { inLocale } from './in-locale';
import { loadMessages, message, type MessageGroup, type MessageLoaders } from './message-tables';

/**
 * Fake tables: each language's "greeting", in the talk's group "talk_stop", in the other pages'
 * "list_heading".
 */
function fakeLoaders(calls: string[]): MessageLoaders {
	type Table = Record<string, (inputs: Record<string, unknown>) => string>;
	const table = (locale: string, group: MessageGroup) => async (): Promise<Table> => {
		calls.push(`${locale}/${group}`);
		if (group === 'pages') return { list_heading: () => `${locale}: list` };
		return group === 'app'
			? { greeting: (i) => `${locale}: hello ${String(i.name)}` }
			: { talk_stop: () => `${locale}: stop` };
	};
	return Object.fromEntries(
		['en', 'es', 'pt', 'fr', 'it'].map((l) => [
			l,
			{ app: table(l, 'app'), talk: table(l, 'talk'), pages: table(l, 'pages') }
		])
	);
}

describe('message tables', () => {
	it('has nothing to load where Paraglide’s modules answer (server, vitest)', async () => {
		expect(built).toBeNull();
		await expect(loadMessages('es')).resolves.toBeUndefined();
	});

	it.each(['en', 'es', 'pt', 'fr', 'it'] as const)(
		'%s: loads only its own table, and answers in the page’s language',
		async (locale) => {
			const calls: string[] = [];
			await loadMessages(locale, 'app', fakeLoaders(calls));
			expect(calls).toEqual([`${locale}/app`]);
			expect(inLocale(locale, () => message('greeting')({ name: 'Ana' }))).toBe(
				`${locale}: hello Ana`
			);
		}
	);

	it('keeps a language’s groups together, and an asked language wins over the page’s', async () => {
		const loaders = fakeLoaders([]);
		await loadMessages('fr', 'app', loaders);
		await loadMessages('fr', 'talk', loaders);
		expect(
			inLocale('fr', () => [message('greeting')({ name: 'x' }), message('talk_stop')()])
		).toEqual(['fr: hello x', 'fr: stop']);
		expect(inLocale('en', () => message('talk_stop')({}, { locale: 'fr' }))).toBe('fr: stop');
	});

	it('keeps every group of a language loaded at the same time', async () => {
		const loaders = fakeLoaders([]);
		await Promise.all([loadMessages('pt', 'talk', loaders), loadMessages('pt', 'pages', loaders)]);
		expect(inLocale('pt', () => [message('talk_stop')(), message('list_heading')()])).toEqual([
			'pt: stop',
			'pt: list'
		]);
	});

	it('fails naming the message and language used before its table was loaded', () => {
		expect(() => inLocale('it', () => message('talk_stop')())).toThrow(
			'message "talk_stop" in "it" used before it was loaded'
		);
	});
});
