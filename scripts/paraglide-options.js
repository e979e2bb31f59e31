// The options Paraglide compiles the messages with: one copy for the Vite plugin (build, dev,
// vitest) and for `npm run check` (scripts/paraglide-compile.js), which type-checks a clean clone
// before anything has built. With ATLAS_PSEUDO=1 (the browser tests' second build) the project is
// the pseudo-locales' one that vite.config.ts writes under .pseudo/ (src/lib/i18n/pseudo-build.server.ts).
export const PSEUDO = process.env.ATLAS_PSEUDO === '1';

/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: PSEUDO ? './.pseudo/project.inlang' : './project.inlang',
	outdir: './src/lib/paraglide',
	// The address alone says the language: a shared link never moves, whatever the browser's
	// language or an earlier visit chose.
	strategy: ['url', 'baseLocale'],
	trailingSlash: 'never',
	emitReadme: false
};
