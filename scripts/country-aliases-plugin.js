// A Vite plugin that makes `virtual:country-aliases`: the other names of the dataset's countries
// ("UK", "Holland"), computed in Node from ISO's list when the site is built, so that the find
// field knows them without the browser loading the whole list (see src/lib/data/country-aliases.ts).
import { runnerImport } from 'vite';
import { datasetSplit } from './dataset-split-plugin.js';

const ID = 'virtual:country-aliases';
const RESOLVED = `\0${ID}`;

/** @returns {import('vite').Plugin} */
export function countryAliases() {
	return {
		name: 'atlas-country-aliases',
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		async load(id) {
			if (id !== RESOLVED) return undefined;
			// The dataset decides which countries need names: a changed atlas.json remakes them.
			this.addWatchFile('src/lib/data/atlas.json');
			const { module } = await runnerImport('./src/lib/server/country-aliases.ts', {
				configFile: false,
				logLevel: 'error',
				// The dataset's modules read it through the split's virtual modules.
				plugins: [datasetSplit()]
			});
			return `export default ${JSON.stringify(module.datasetAliases())};`;
		}
	};
}
