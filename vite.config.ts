import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { countryAliases } from './scripts/country-aliases-plugin.js';
import { dataCheck } from './scripts/data-check-plugin.js';
import { datasetSplit } from './scripts/dataset-split-plugin.js';
import { firstLoadScript } from './scripts/first-load-plugin.js';
import { localeMessages } from './scripts/locale-messages-plugin.js';
import { paraglideGuard } from './scripts/paraglide-guard-plugin.js';
import { PSEUDO, paraglideOptions } from './scripts/paraglide-options.js';
import { pseudoProse, writePseudoProject } from './scripts/pseudo-plugin.js';

// The browser tests' second build (ATLAS_PSEUDO=1, into build-pseudo/): its inlang project and
// prose are made from the English before Paraglide compiles, and before svelte.config.js reads
// its languages.
if (PSEUDO) await writePseudoProject();

// Left to itself the bundler cuts the code the atlas and the presentation share into some twenty
// small chunks, a request each on first load. Two groups bring the home page to a dozen files,
// and fewer bytes: the runtime, and the app code shared by several pages. The presentation's own
// modules stay with the presentation: its code, its print deck and slides, and its messages
// (`talk_*`, which the talk and the print deck share, so the group would otherwise take them
// into every atlas page's first load: about 3 kB gzip). Nor does the not-found page, which the
// two error pages and the 404 page share: no atlas page needs it to paint, hover or click.
const SHARED_APP_CODE =
	/src[\\/]lib[\\/](?!present|components[\\/](present|NotFound|lineage)|dom[\\/](slide|print|video)|data[\\/]lineage[\\/](lanes|describe)|paraglide[\\/]messages[\\/]talk_)/;

export default defineConfig({
	plugins: [
		dataCheck(),
		datasetSplit(),
		pseudoProse(PSEUDO),
		countryAliases(),
		firstLoadScript(),
		localeMessages(),
		// Under vitest the global setup compiles once instead: the plugin's file watcher would keep
		// vitest from exiting.
		...(process.env.VITEST ? [] : [paraglideVitePlugin(paraglideOptions), paraglideGuard()]),
		sveltekit()
	],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{ name: 'runtime', test: /node_modules[\\/](svelte|@sveltejs|esm-env|devalue|clsx)/ },
						{ name: 'app', test: SHARED_APP_CODE, minShareCount: 2 }
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts'],
		globalSetup: ['scripts/paraglide-vitest-setup.js'],
		environment: 'node',
		// Every core (vitest's default leaves one idle: a single worker on a 2-core machine), in
		// threads rather than processes. Each file still imports its modules afresh: shared
		// between files, a module's cache (Spanish prose a test made up) failed another file's test.
		pool: 'threads',
		maxWorkers: '100%'
	}
});
