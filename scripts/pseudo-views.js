// The pages tests/e2e/pseudo.spec.ts visits in each pseudo-locale. The pseudo build prerenders
// these alone (svelte.config.js): every other page of it would be built for no test.
export const PSEUDO_PATHS = [
	'/',
	'/country/br',
	'/list',
	'/about',
	'/sources',
	'/present',
	'/present/presenter',
	'/present/print'
];
