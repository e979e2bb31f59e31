import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

const PORT = Number(process.env.E2E_PORT ?? 4317);
// The pseudo-locales' build (build-pseudo/, see scripts/e2e.js) on a port of its own; the workers
// read it from here too, since they load this file.
process.env.E2E_PSEUDO_PORT ??= String(PORT + 1000);

// Browser tests run against the built static site, served the way a static host serves it.
export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: process.env.CI ? [['list'], ['line']] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
		// No trace by default: recording one (a screencast, and the DOM with the map's thousands of
		// paths at every action) made every test slower by about a quarter, passing or not. A
		// failure keeps its screenshot and error context; for its trace, run the failing spec again
		// with `--trace retain-on-failure`.
		trace: 'off',
		screenshot: 'only-on-failure'
	},
	webServer: [
		{
			command: `node scripts/serve.js`,
			env: { PORT: String(PORT) },
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: false,
			timeout: 20_000
		},
		{
			command: `node scripts/serve.js`,
			env: { PORT: process.env.E2E_PSEUDO_PORT, SERVE_ROOT: 'build-pseudo' },
			// A port, not a page: a run with --no-build may have no build-pseudo/ (pseudo.spec.ts says so).
			port: Number(process.env.E2E_PSEUDO_PORT),
			reuseExistingServer: false,
			timeout: 20_000
		}
	]
});
