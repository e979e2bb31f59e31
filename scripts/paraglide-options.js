// The options Paraglide compiles the messages with: one copy for the Vite plugin (build, dev,
// vitest) and for `npm run check` (scripts/paraglide-compile.js), which type-checks a clean clone
// before anything has built.
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The address alone says the language: a shared link never moves, whatever the browser's
	// language or an earlier visit chose.
	strategy: ['url', 'baseLocale'],
	trailingSlash: 'never',
	emitReadme: false
};
