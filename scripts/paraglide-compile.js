// Compiles the messages into src/lib/paraglide/ (git-ignored build output) so that
// `svelte-check` (npm run check) and vitest (scripts/paraglide-vitest-setup.js) have them on a clean clone; the
// build and dev compile them through the Vite plugin. Fails, naming the cause, when the inlang
// project cannot load its plugin.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './paraglide-options.js';
import { paraglideProblems } from './paraglide-guard-plugin.js';

export async function setup() {
	await compile(paraglideOptions);
	const problems = await paraglideProblems();
	if (problems.length) throw new Error(problems.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await setup().catch((error) => {
		console.error(error.message);
		process.exit(1);
	});
}
