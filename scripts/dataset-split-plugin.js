// A Vite plugin that serves the dataset in two parts (src/lib/data/details-split.ts):
// `virtual:atlas-core`, bundled with the app's code, and `virtual:atlas-details`, a file the
// browser loads on its own (src/lib/data/details.svelte.ts), so that the home page's first load
// carries only what its map, tooltip and year control read. The server (prerendering, and the
// unit tests) reads the whole dataset as one: its core is complete and its details are empty.
import { readFile } from 'node:fs/promises';
import { runnerImport } from 'vite';

const CORE = 'virtual:atlas-core';
const DETAILS = 'virtual:atlas-details';
const FILE = 'src/lib/data/atlas.json';
/** @param {boolean} whole */
const COMPLETE = (whole) => `export const complete = ${whole};`;

/**
 * A module whose default export is `value`, parsed as JSON (faster to parse than a literal).
 * @param {unknown} value @param {string} [more] further exports
 */
const asModule = (value, more = '') =>
	`export default JSON.parse(${JSON.stringify(JSON.stringify(value))});${more}`;

/** @returns {import('vite').Plugin} */
export function datasetSplit() {
	return {
		name: 'atlas-dataset-split',
		resolveId: (id) => (id === CORE || id === DETAILS ? `\0${id}` : undefined),
		async load(id, options) {
			if (id !== `\0${CORE}` && id !== `\0${DETAILS}`) return undefined;
			this.addWatchFile(FILE);
			const data = JSON.parse(await readFile(FILE, 'utf8'));
			const ssr = options?.ssr ?? this.environment?.config.consumer === 'server';
			if (ssr) return id === `\0${CORE}` ? asModule(data, COMPLETE(true)) : asModule(null);
			const { module } = await runnerImport('./src/lib/data/details-split.ts', {
				configFile: false,
				logLevel: 'error'
			});
			const parts = module.splitDetails(data);
			return id === `\0${CORE}` ? asModule(parts.core, COMPLETE(false)) : asModule(parts.details);
		}
	};
}
