// Entry point of `npm run bench`: builds the site, serves it next to the d3 baseline, measures
// both in interleaved rounds, then prints the table and budgets and writes bench/results/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.js';
import { checkBudgets } from './budgets.js';
import { parseOptions, USAGE } from './cli.js';
import { BASELINE, atlasIn } from './config.js';
import { measureTarget } from './measure.js';
import { METRICS, aggregate } from './metrics.js';
import { environment, heading, writeResults } from './results.js';
import { SCENARIOS, scenarioAvailability } from './scenarios.js';
import { startServers } from './server.js';
import { markdownTable, notes, textTable } from './table.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = fileURLToPath(new URL('../build/', import.meta.url));

/** @returns {Promise<number>} npm run build's exit code */
function build() {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
		child.on('error', () => resolve(1));
		child.on('exit', (code) => resolve(code ?? 1));
	});
}

/** @param {string} message */
function log(message) {
	process.stderr.write(`${message}\n`);
}

/**
 * @param {ReturnType<typeof parseOptions>} options
 * @returns {Promise<{ root: string | null, reason: string }>}
 */
async function atlasBuild(options) {
	if (options.only === 'baseline') return { root: null, reason: '--only baseline' };
	if (options.build) {
		log('bench: npm run build');
		const code = await build();
		if (code !== 0) {
			process.exitCode = 1;
			return { root: null, reason: `npm run build failed (exit ${code})` };
		}
	}
	if (!existsSync(`${BUILD}index.html`)) {
		return { root: null, reason: 'no build/index.html: run npm run build' };
	}
	return { root: BUILD, reason: '' };
}

async function main() {
	const options = parseOptions(process.argv.slice(2));
	if (options.help) {
		console.log(USAGE);
		return;
	}
	const started = Date.now();
	const atlasRoot = await atlasBuild(options);
	if (!atlasRoot.root) log(`bench: atlas not measured: ${atlasRoot.reason}`);
	if (options.only === 'atlas') log('bench: baseline not measured (--only atlas)');
	const servers = await startServers({ atlasRoot: atlasRoot.root });
	const browser = await launch();
	try {
		const env = environment(browser);
		const availability = await scenarioAvailability(servers.atlas, options.lang);
		const scenarios = SCENARIOS.filter((scenario) => availability.get(scenario) === null);
		const atlas = atlasIn(options.lang);
		const targets = [
			{ target: BASELINE, base: options.only === 'atlas' ? null : servers.baseline },
			{ target: atlas, base: servers.atlas }
		].filter((entry) => entry.base !== null);

		/** @type {{ atlas: import('./measure.js').Sample[], baseline: import('./measure.js').Sample[] }} */
		const samples = { atlas: [], baseline: [] };
		for (let round = 1; round <= options.rounds; round += 1) {
			const order = round % 2 ? targets : [...targets].reverse();
			for (const { target, base } of order) {
				const seconds = Math.round((Date.now() - started) / 1000);
				log(`bench: round ${round}/${options.rounds}, ${target.name} (${seconds} s)`);
				const sample = await measureTarget(browser, target, /** @type {string} */ (base), {
					throttle: options.throttle,
					scenarios: target === atlas ? scenarios : []
				});
				samples[target.name].push(sample);
			}
		}

		/** @type {Record<string, string>} */
		const unavailable = {};
		for (const scenario of SCENARIOS) {
			const reason = availability.get(scenario);
			for (const metric of scenario.metrics) if (reason) unavailable[metric.id] = reason;
		}
		if (!servers.atlas) for (const metric of METRICS) unavailable[metric.id] = atlasRoot.reason;

		const metrics = [...METRICS, ...SCENARIOS.flatMap((scenario) => scenario.metrics)];
		const rows = aggregate(metrics, samples, unavailable);
		const checks = checkBudgets(rows);
		const title = heading(env, options);

		console.log(`\nIMT Atlas bench: ${title}\n`);
		console.log(textTable(rows));
		const problems = notes(rows);
		if (problems.length)
			console.log(`\nNot measured:\n${problems.map((p) => `  ${p}`).join('\n')}`);
		console.log(`\nBudgets:\n${checks.map((check) => `  ${check.line}`).join('\n')}`);

		const markdown = [
			title,
			'',
			markdownTable(rows),
			'',
			...checks.map((check) => `- ${check.line}`)
		].join('\n');
		const file = await writeResults(
			{
				...env,
				rounds: options.rounds,
				throttle: options.throttle,
				atlas: atlasRoot.root ? 'measured' : atlasRoot.reason,
				rows: rows.map(({ metric, ...row }) => ({
					id: metric.id,
					label: metric.label,
					unit: metric.unit,
					...row
				})),
				budgets: checks.map(({ budget, status, value }) => ({ ...budget, status, value })),
				scenarios: Object.fromEntries(
					SCENARIOS.map((scenario) => [scenario.name, availability.get(scenario) ?? 'measured'])
				),
				samples
			},
			markdown
		);
		log(`\nbench: wrote ${file} in ${Math.round((Date.now() - started) / 1000)} s`);
	} finally {
		await browser.close();
		await servers.close();
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
