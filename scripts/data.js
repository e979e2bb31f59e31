// The maintainer's data commands, without a full build:
//   node scripts/data.js check    every problem with atlas.json and ledger.json, one line each
//   node scripts/data.js ledger   rewrite ledger.json's facts lists from the dataset's citations,
//                                 keeping the reasons written for sentences no fact carries
//   node scripts/data.js schema   rewrite atlas.schema.json from the valibot schema
// The checks are the TypeScript modules the build runs, loaded through Vite's module runner.
import { readFileSync, writeFileSync } from 'node:fs';
import prettier from 'prettier';
import { compile } from '@inlang/paraglide-js';
import { runnerImport } from 'vite';
import { paraglideOptions } from './paraglide-options.js';
import { datasetSplit } from './dataset-split-plugin.js';

// The checks reach modules that word statuses and dates through the messages.
await compile(paraglideOptions);

const load = async (path) =>
	(
		await runnerImport(path, {
			configFile: false,
			logLevel: 'error',
			json: { stringify: true },
			// The dataset's modules read it through the split's virtual modules.
			plugins: [datasetSplit()]
		})
	).module;

async function write(file, value) {
	const text = await prettier.format(JSON.stringify(value), {
		...(await prettier.resolveConfig(file)),
		filepath: file
	});
	writeFileSync(file, text);
	console.log(`wrote ${file}`);
}

const command = process.argv[2];
if (command === 'check') {
	const { checkDataFiles } = await load('./src/lib/server/data-files.ts');
	const { reportOf } = await load('./src/lib/server/dataset-check.ts');
	const problems = checkDataFiles();
	if (problems.length) {
		console.error(reportOf(problems));
		process.exit(1);
	}
	console.log('The atlas data is valid: atlas.json and ledger.json agree with the source.');
} else if (command === 'ledger') {
	const { syncedLedger } = await load('./src/lib/server/source-ledger.ts');
	const file = 'src/lib/data/ledger.json';
	const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
	await write(file, syncedLedger(read('src/lib/data/atlas.json'), read(file)));
} else if (command === 'schema') {
	const { atlasJsonSchema } = await load('./src/lib/data/json-schema.ts');
	await write('src/lib/data/atlas.schema.json', atlasJsonSchema());
} else {
	console.error('usage: node scripts/data.js check|ledger|schema');
	process.exit(2);
}
