// scripts/pseudo-plugin.js: the pseudo-locales' prose loaders in the browser tests' pseudo
// build, empty in the site's (see src/lib/i18n/pseudo-build.server.ts).
declare module 'virtual:pseudo-prose' {
	const loaders: Record<string, () => Promise<Record<string, string>>>;
	export default loaders;
}
