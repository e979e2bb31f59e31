// A Vite plugin that checks the data files before anything is bundled, so that a bad edit of
// atlas.json or ledger.json stops `npm run build` with the maintainer's one-line-per-problem
// report (a syntax error by file, line and column) instead of the bundler's parse error and
// stack trace. In dev the report is printed and the server's own check shows it in the page.
import { compile } from '@inlang/paraglide-js';
import { runnerImport } from 'vite';
import { paraglideOptions } from './paraglide-options.js';
import { datasetSplit } from './dataset-split-plugin.js';

/** @returns {import('vite').Plugin} */
export function dataCheck() {
	let command = 'serve';
	let checked = false;
	return {
		name: 'atlas-data-check',
		configResolved(config) {
			command = config.command;
		},
		async buildStart() {
			// Vitest runs the same checks as unit tests; a build starts once per environment.
			if (process.env.VITEST || checked) return;
			checked = true;
			// The checks reach modules that word statuses and dates through the messages: compile
			// them first, as the Paraglide plugin's own start may not have run yet.
			await compile(paraglideOptions);
			const load = (/** @type {string} */ path) =>
				runnerImport(path, {
					configFile: false,
					logLevel: 'error',
					json: { stringify: true },
					// The dataset's modules read it through the split's virtual modules.
					plugins: [datasetSplit()]
				});
			const { module: files } = await load('./src/lib/server/data-files.ts');
			const { module: check } = await load('./src/lib/server/dataset-check.ts');
			const problems = files.checkDataFiles();
			if (!problems.length) return;
			console.error(`\n${check.reportOf(problems)}\n`);
			if (command === 'build') process.exit(1);
		}
	};
}
