// A Vite plugin that serves the dataset in two parts (src/lib/data/details-split.ts):
// `virtual:atlas-core`, bundled with the app's code, and the details, a JSON file the browser
// fetches on its own (src/lib/data/details.svelte.ts) from the address `virtual:atlas-details`
// exports, so that the home page's first load carries only what its map, tooltip and year control
// read. The details are data, not a script: a script's string literal stays in the JS heap for the
// page's life (its module's code holds it: 160 kB, the text being two bytes a character), while a
// fetched file's text is dropped once parsed. The server (prerendering, and the unit tests) reads
// the whole dataset as one: its core is complete and it fetches nothing.
import { readFile } from 'node:fs/promises';
import { runnerImport } from 'vite';

const CORE = 'virtual:atlas-core';
const DETAILS = 'virtual:atlas-details';
const FILE = 'src/lib/data/atlas.json';
/** @param {boolean} whole */
const COMPLETE = (whole) => `export const complete = ${whole};`;

/** Where the dev server serves the details (the build writes them as a hashed asset). */
const DEV_DETAILS_PATH = '/@atlas-details.json';

/**
 * JSON text in ASCII: a JavaScript string literal with any other character is held as two bytes
 * a character for as long as its module lives (the core's, the page's life).
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
			server.middlewares.use(DEV_DETAILS_PATH, (_request, response) => {
				void browserParts().then(({ details }) => {
					response.setHeader('Content-Type', 'application/json');
					response.end(JSON.stringify(details));
				});
			});
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
			if (id === `\0${CORE}`) return asModule(parts.core, COMPLETE(false));
			if (command === 'serve') return detailsModule(JSON.stringify(DEV_DETAILS_PATH));
			const reference = this.emitFile({
				type: 'asset',
				name: 'atlas-details.json',
				source: JSON.stringify(parts.details)
			});
			return detailsModule(`import.meta.ROLLUP_FILE_URL_${reference}`);
		}
	};
}
