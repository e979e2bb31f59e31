// Compiles the messages into src/lib/paraglide/ (git-ignored build output) so that
// `svelte-check` has them on a clean clone; the build and vitest compile them through the Vite
// plugin. Fails, naming the cause, when the inlang project cannot load its plugin.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './paraglide-options.js';
import { paraglideProblems } from './paraglide-guard-plugin.js';

await compile(paraglideOptions);
const problems = await paraglideProblems();
if (problems.length) {
	console.error(problems.join('\n'));
	process.exit(1);
}
