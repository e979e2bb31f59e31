// The pseudo-locales' build (ATLAS_PSEUDO=1, browser tests only; see src/lib/i18n/pseudo.ts and
// pseudo-build.server.ts): writing its inlang project, and the virtual module that gives its prose
// loader the pseudo-locales' facts, empty in every other build.
import { join } from 'node:path';
import { runnerImport } from 'vite';

const VIRTUAL = 'virtual:pseudo-prose';

/** Writes `.pseudo/` from the English (before Paraglide compiles); returns the module's facts. */
export async function writePseudoProject() {
	const { module } = await runnerImport('./src/lib/i18n/pseudo-build.server.ts', {
		configFile: false,
		logLevel: 'error',
		json: { stringify: true }
	});
	module.writePseudoProject(process.cwd());
}

/**
 * @param {boolean} pseudo whether this is the pseudo-locales' build
 * @returns {import('vite').Plugin}
 */
export function pseudoProse(pseudo) {
	const resolved = '\0' + VIRTUAL;
	return {
		name: 'atlas-pseudo-prose',
		resolveId: (id) => (id === VIRTUAL ? resolved : undefined),
		async load(id) {
			if (id !== resolved) return undefined;
			if (!pseudo) return 'export default {};';
			const { module } = await runnerImport('./src/lib/i18n/pseudo.ts', {
				configFile: false,
				logLevel: 'error'
			});
			const entries = module.PSEUDO_LOCALES.map((/** @type {string} */ locale) => {
				const file = join(process.cwd(), '.pseudo', 'translations', `${locale}.json`);
				return `${JSON.stringify(locale)}: () => import(${JSON.stringify(file)}).then((m) => m.default)`;
			});
			return `export default { ${entries.join(', ')} };`;
		}
	};
}
