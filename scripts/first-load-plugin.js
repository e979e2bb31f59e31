// A Vite plugin that makes `virtual:first-load-script`: the page's first script
// (src/lib/dom/hover/first-load.ts) bundled into one minified classic script, which
// hooks.server.ts inlines into the atlas's pages (src/lib/server/first-load.ts). It is not a
// module of the app's build: it must run before any of the app's files has been fetched.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ID = 'virtual:first-load-script';
const RESOLVED = `\0${ID}`;
const ENTRY = fileURLToPath(new URL('../src/lib/dom/hover/first-load.ts', import.meta.url));
const LIB = fileURLToPath(new URL('../src/lib/', import.meta.url));

/** The entry bundled as an immediately invoked function, minified. */
export async function bundleFirstLoad() {
	const result = await build({
		configFile: false,
		logLevel: 'error',
		resolve: { alias: { $lib: LIB } },
		build: {
			write: false,
			minify: true,
			emptyOutDir: false,
			lib: { entry: ENTRY, formats: ['iife'], name: 'atlasFirstLoad' }
		}
	});
	const outputs = Array.isArray(result) ? result : [result];
	const chunk = outputs
		.flatMap((output) => ('output' in output ? output.output : []))
		.find((file) => file.type === 'chunk');
	if (!chunk || chunk.type !== 'chunk') throw new Error('first-load script: no bundle');
	return chunk.code.trim();
}

/** @returns {import('vite').Plugin} */
export function firstLoadScript() {
	return {
		name: 'atlas-first-load-script',
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		async load(id) {
			if (id !== RESOLVED) return undefined;
			return `export default ${JSON.stringify(await bundleFirstLoad())};`;
		}
	};
}
