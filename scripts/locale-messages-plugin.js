// The interface's messages in the browser, one language per page. Paraglide compiles each message
// into a module holding all its languages (a page in English carried the Spanish, Portuguese,
// French and Italian of every message it used); its locale-splitting options need a separate
// build per language. In the browser's build this plugin keeps the `m.key()` modules but makes
// each a call into `src/lib/i18n/message-tables.ts`, and gathers every language's compiled
// functions into tables of their own, one chunk per language and group, which a page loads
// before it hydrates. The server's build, vitest and svelte-check keep Paraglide's modules as
// they are: every prerendered page is complete in its language.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAst } from 'vite';
import { paraglideOptions } from './paraglide-options.js';

const VIRTUAL = 'virtual:locale-messages';
const TABLE = /^virtual:locale-messages\/([^/]+)\/([a-z]+)$/;
const MESSAGES = resolve(paraglideOptions.outdir, 'messages');
const REGISTRY = resolve(paraglideOptions.outdir, 'registry.js');
const TABLES_MODULE = resolve('src/lib/i18n/message-tables.ts');

/**
 * Which table a message goes into. The talk's messages (`talk_*`, and its presenter view's, print
 * deck's, video's and slide export's) are loaded by the talk's pages only
 * (`src/routes/present/+layout.ts`). Those of the atlas's pages other than the map (the family
 * tree, sources, list, about) are loaded by those pages (their `+page.ts`) and by the talk, which
 * draws the tree: the home page's first load carries neither.
 * @param {string} key
 */
export const messageGroup = (key) =>
	/^(talk|presenter|print|video|export)_/.test(key)
		? 'talk'
		: /^(lineage|sources|list|about)_/.test(key)
			? 'pages'
			: 'app';
const GROUPS = ['app', 'talk', 'pages'];

/** @returns {string[]} the project's languages */
function projectLocales() {
	const file = resolve(paraglideOptions.project, 'settings.json');
	return JSON.parse(readFileSync(file, 'utf8')).locales;
}

/**
 * How Paraglide names a language in its compiled code (its `toSafeModuleId`, for a locale code):
 * `es` stays `es`, `en-XA` becomes `en_xa2`.
 * @param {string} locale
 */
export function safeLocaleId(locale) {
	const uppercase = locale.replace(/[^A-Z]/g, '').length;
	return locale.toLowerCase().replace(/[^a-z0-9_]/g, '_') + (uppercase ? String(uppercase) : '');
}

/**
 * Every message's compiled function in `locale`, as source text, from Paraglide's output: a
 * message module declares `const {locale}_{key} = (inputs) => …` for each language.
 * @param {string} code a compiled message module @param {string} key @param {string[]} locales
 * @returns {Map<string, string>} locale → the function's source
 */
export function compiledFunctions(code, key, locales) {
	/** @type {Map<string, string>} */
	const byName = new Map();
	for (const node of parseAst(code).body) {
		if (node.type !== 'VariableDeclaration') continue;
		for (const declaration of node.declarations) {
			if (declaration.id.type === 'Identifier' && declaration.init)
				byName.set(declaration.id.name, code.slice(declaration.init.start, declaration.init.end));
		}
	}
	return new Map(
		locales.map((locale) => {
			const source = byName.get(`${safeLocaleId(locale)}_${key}`);
			if (!source) throw new Error(`${MESSAGES}/${key}.js: no "${locale}" function`);
			// Paraglide falls back to another language's function by name when one is missing.
			if (/^\w+$/.test(source)) throw new Error(`${key}: no "${locale}" translation`);
			return [locale, source];
		})
	);
}

/** @param {string} id */
const messageKey = (id) => {
	const file = id.split('?')[0] ?? id;
	if (!file.startsWith(`${MESSAGES}/`) || !file.endsWith('.js')) return null;
	const key = file.slice(MESSAGES.length + 1, -3);
	return key.includes('/') || key === '_index' ? null : key;
};

/** Parsed message modules, by their text: ten tables read the same few hundred files. */
const parsed = new Map();

/** @param {string} locale @param {string} group @param {(file: string) => void} watch */
function tableModule(locale, group, watch) {
	const locales = projectLocales();
	const keys = readdirSync(MESSAGES)
		.filter((file) => file.endsWith('.js') && file !== '_index.js')
		.map((file) => file.slice(0, -3))
		.filter((key) => messageGroup(key) === group);
	const lines = keys.map((key) => {
		const file = `${MESSAGES}/${key}.js`;
		watch(file);
		const code = readFileSync(file, 'utf8');
		if (!parsed.has(code)) parsed.set(code, compiledFunctions(code, key, locales));
		const source = parsed.get(code).get(locale);
		return `export const ${key} = ${source};`;
	});
	const registry = lines.some((line) => line.includes('registry.'))
		? `import * as registry from ${JSON.stringify(REGISTRY)};\n`
		: '';
	return registry + lines.join('\n');
}

/** @returns {import('vite').Plugin} */
export function localeMessages() {
	return {
		name: 'atlas-locale-messages',
		resolveId: (id) => (id === VIRTUAL || TABLE.test(id) ? `\0${id}` : undefined),
		load(id) {
			if (!id.startsWith('\0virtual:locale-messages')) return undefined;
			const name = id.slice(1);
			// The server's build renders with Paraglide's own modules: no tables to load.
			if (name === VIRTUAL && this.environment.config.consumer !== 'client')
				return 'export const loaders = null;';
			if (name === VIRTUAL) {
				const entries = projectLocales().map((locale) => {
					const groups = GROUPS.map(
						(group) => `${group}: () => import(${JSON.stringify(`${VIRTUAL}/${locale}/${group}`)})`
					);
					return `${JSON.stringify(locale)}: { ${groups.join(', ')} }`;
				});
				return `export const loaders = { ${entries.join(',\n')} };`;
			}
			const [, locale = '', group = ''] = TABLE.exec(name) ?? [];
			return tableModule(locale, group, (file) => this.addWatchFile(file));
		},
		transform(code, id) {
			if (this.environment.config.consumer !== 'client') return undefined;
			const key = messageKey(id);
			if (!key) return undefined;
			return {
				code:
					`import { message } from ${JSON.stringify(TABLES_MODULE)};\n` +
					`export const ${key} = /* @__PURE__ */ message(${JSON.stringify(key)});\n`,
				map: null
			};
		}
	};
}
