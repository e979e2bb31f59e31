// Runs the browser tests: finds Chromium (installing Playwright's when there is none, one clear
// line if that fails), builds the site so the tests see the current code, then hands over to
// Playwright's test runner with CHROMIUM_PATH set to the browser found. Two builds: first the
// pseudo-locales' (ATLAS_PSEUDO=1, into build-pseudo/, for tests/e2e/pseudo.spec.ts only), then
// the site's, so the compiled messages left in src/lib/paraglide/ are the site's.
// `node scripts/e2e.js --no-build [playwright args]` skips the build.
import { spawnSync } from 'node:child_process';
import { requireChromium } from './chromium.js';

process.env.CHROMIUM_PATH = requireChromium();
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const passThrough = args.filter((a) => a !== '--no-build');

function run(command, commandArgs) {
	const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

if (build) {
	process.env.ATLAS_PSEUDO = '1';
	run('npx', ['vite', 'build', '--logLevel', 'warn']);
	delete process.env.ATLAS_PSEUDO;
	run('npx', ['vite', 'build', '--logLevel', 'warn']);
}
run('npx', ['playwright', 'test', ...passThrough]);
