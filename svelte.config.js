import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Absolute asset paths keep 404.html working when a host serves it at any depth.
		paths: { relative: false },
		prerender: {
			entries: ['*', '/404'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
