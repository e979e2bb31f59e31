// A Vite plugin that serves the dataset in two parts (src/lib/data/details-split.ts), each a JSON
// file the browser fetches on its own: `virtual:atlas-core` fetches the core as the app's modules
// start (a top-level await: the modules that read the dataset as they load wait for it), and the
// details wait at the address `virtual:atlas-details` exports until `details.svelte.ts` loads
// them, so that the home page hydrates with only what its map, tooltip and year control read.
// Both are data, not script: a script's string literal stays in the JS heap for the page's life
// (the code of its module holds it: 42 kB for the core, as a literal in the app's chunk), while a
// fetched file's text is dropped once parsed. Neither is in the home page's first load: there
// SvelteKit starts after the first paint. The server (prerendering, and the unit tests) reads the
// whole dataset as one: its core is complete and it fetches nothing.
import { readFile } from 'node:fs/promises';
import { runnerImport } from 'vite';

const CORE = 'virtual:atlas-core';
const DETAILS = 'virtual:atlas-details';
const FILE = 'src/lib/data/atlas.json';
/** @param {boolean} whole */
const COMPLETE = (whole) => `export const complete = ${whole};`;

/** Where the dev server serves the two parts (the build writes them as hashed assets). */
const DEV_PATHS = { core: '/@atlas-core.json', details: '/@atlas-details.json' };

/**
 * JSON text in ASCII: a JavaScript string literal with any other character is held as two bytes
 * a character for as long as its module lives (the server's module; the browser fetches both parts).
 * @param {unknown} value
 */
const asciiJson = (value) =>
	JSON.stringify(value).replace(
		/[\u0080-\uffff]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);

/**
 * A module whose default export is `value`, parsed as JSON (faster to parse than a literal).
 * @param {unknown} value @param {string} [more] further exports
 */
const asModule = (value, more = '') =>
	`export default JSON.parse(${JSON.stringify(asciiJson(value))});${more}`;

/** @param {string} url the details' address, or null on the server */
const detailsModule = (url) => `export default ${url};`;

/**
 * The core in the browser, fetched from `url` (an expression) as the module is evaluated.
 * @param {string} url
 */
const fetchedCoreModule = (url) =>
	`const answer = () => fetch(${url}).then((r) => (r.ok ? r : Promise.reject(new Error(\`the dataset answered \${r.status}\`))));
// Once more after a failure: without the core the app does not start (the prerendered page stays).
const response = await answer().catch(answer);
export default await response.json();
${COMPLETE(false)}`;

/** @returns {Promise<{ core: unknown, details: unknown }>} */
async function browserParts() {
	const data = JSON.parse(await readFile(FILE, 'utf8'));
	const { module } = await runnerImport('./src/lib/data/details-split.ts', {
		configFile: false,
		logLevel: 'error'
	});
	return module.splitDetails(data);
}

/** @returns {import('vite').Plugin} */
export function datasetSplit() {
	/** @type {'serve' | 'build'} */
	let command = 'build';
	return {
		name: 'atlas-dataset-split',
		configResolved(config) {
			command = config.command;
		},
		configureServer(server) {
			for (const part of /** @type {const} */ (['core', 'details'])) {
				server.middlewares.use(DEV_PATHS[part], (_request, response, next) => {
					browserParts()
						.then((parts) => {
							response.setHeader('Content-Type', 'application/json');
							response.end(JSON.stringify(parts[part]));
						})
						.catch(next);
				});
			}
		},
		resolveId: (id) => (id === CORE || id === DETAILS ? `\0${id}` : undefined),
		async load(id, options) {
			if (id !== `\0${CORE}` && id !== `\0${DETAILS}`) return undefined;
			this.addWatchFile(FILE);
			const ssr = options?.ssr ?? this.environment?.config.consumer === 'server';
			if (ssr) {
				const data = JSON.parse(await readFile(FILE, 'utf8'));
				return id === `\0${CORE}` ? asModule(data, COMPLETE(true)) : detailsModule('null');
			}
			const parts = await browserParts();
			const part = id === `\0${CORE}` ? 'core' : 'details';
			const url =
				command === 'serve'
					? JSON.stringify(DEV_PATHS[part])
					: `import.meta.ROLLUP_FILE_URL_${this.emitFile({
							type: 'asset',
							name: `atlas-${part}.json`,
							source: JSON.stringify(parts[part])
						})}`;
			return part === 'core' ? fetchedCoreModule(url) : detailsModule(url);
		}
	};
}
