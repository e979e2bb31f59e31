// Paraglide only warns when the inlang project cannot load its message-format plugin (a CDN URL
// with no network, a wrong path): zero messages compile and prerendering dies much later with
// "(void 0) is not a function". This plugin fails the build at its start instead, naming the
// cause: every module in project.inlang/settings.json must be a local file that imports, and
// every message of the base locale must have come out of the compiler.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { paraglideOptions } from './paraglide-options.js';

const PROJECT = `${paraglideOptions.project}/settings.json`;
const OUTDIR = paraglideOptions.outdir;

/** Problems with the inlang project, one sentence each; empty when it compiles every message. */
export async function paraglideProblems(root = process.cwd()) {
	const settings = JSON.parse(readFileSync(resolve(root, PROJECT), 'utf8'));
	const projectRoot = dirname(resolve(root, paraglideOptions.project));
	const problems = [];
	for (const module of settings.modules ?? []) {
		if (/^[a-z]+:\/\//i.test(module)) {
			problems.push(`${PROJECT}: module ${module} is a URL; install it and point at node_modules`);
			continue;
		}
		// Paraglide resolves module paths from the folder holding project.inlang/.
		const file = resolve(projectRoot, module);
		if (!existsSync(file)) {
			problems.push(`${PROJECT}: module ${module} does not exist (npm install?)`);
			continue;
		}
		await import(pathToFileURL(file).href).catch((error) =>
			problems.push(`${PROJECT}: module ${module} fails to load: ${error.message}`)
		);
	}
	const pattern = settings['plugin.inlang.messageFormat']?.pathPattern ?? '';
	const base = resolve(projectRoot, pattern.replace('{locale}', settings.baseLocale));
	const keys = Object.keys(JSON.parse(readFileSync(base, 'utf8'))).filter((k) => k !== '$schema');
	const compiled = resolve(root, OUTDIR, 'messages/_index.js');
	const index = existsSync(compiled) ? readFileSync(compiled, 'utf8') : '';
	const missing = keys.filter((key) => !new RegExp(`\\b${key}\\b`).test(index));
	if (missing.length)
		problems.push(
			`${OUTDIR}: ${missing.length} of ${keys.length} messages did not compile (first: ${missing[0]}); see Paraglide's warnings above`
		);
	return problems;
}

/** @returns {import('vite').Plugin} */
export function paraglideGuard() {
	let command = 'serve';
	return {
		name: 'atlas-paraglide-guard',
		configResolved(config) {
			command = config.command;
		},
		// After every plugin's buildStart (they run in parallel), so Paraglide has compiled.
		async buildEnd() {
			if (process.env.VITEST || command !== 'build') return;
			const problems = await paraglideProblems();
			if (!problems.length) return;
			console.error(`\n${problems.join('\n')}\n`);
			throw new Error('the inlang project did not compile');
		}
	};
}
