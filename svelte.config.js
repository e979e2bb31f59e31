import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { PSEUDO, paraglideOptions } from './scripts/paraglide-options.js';
import { PSEUDO_PATHS } from './scripts/pseudo-views.js';

// Every page in every language. The language switcher's links reach them all from the home
// pages; the presenter view is opened by script only, so it is listed for each language here.
const { baseLocale, locales } = JSON.parse(
	readFileSync(`${paraglideOptions.project}/settings.json`, 'utf8')
);
// The pseudo-locales' build (browser tests only) goes to a folder of its own, never build/.
const OUT = PSEUDO ? 'build-pseudo' : 'build';
const localeHomes = locales.filter((l) => l !== baseLocale).map((l) => `/${l}`);
const presenters = locales.map((l) => (l === baseLocale ? '' : `/${l}`) + '/present/presenter');
// The embed has no language switcher to crawl from: each language's is listed.
const embeds = localeHomes.map((home) => `${home}/embed`);
// The pseudo-locales' build: only the pages its browser test visits, in each pseudo-locale.
const pseudoPages = localeHomes.flatMap((home) =>
	PSEUDO_PATHS.map((path) => (path === '/' ? home : home + path))
);

// SvelteKit's route announcer (mounted in the browser after every start) carries a fixed inline
// style. It is allowed by this hash alone, never by 'unsafe-inline'. Computed from the string in
// node_modules/@sveltejs/kit/src/core/sync/write_root.js (kit 2.70.4), the `style` attribute of
// `<div id="svelte-announcer">`, with
//   node -e "console.log(require('crypto').createHash('sha256').update(STYLE).digest('base64'))"
// A kit upgrade that changes the string shows up as a violation in tests/e2e/csp.spec.ts.
const ANNOUNCER_STYLE = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: OUT, assets: OUT, fallback: undefined, strict: true }),
		// Absolute asset paths keep 404.html working when a host serves it at any depth.
		paths: { relative: false },
		// Prerendered pages carry this as a <meta http-equiv> with the hash of each page's inline
		// start-up script added to script-src. What a meta tag cannot say (frame-ancestors) is in
		// static/_headers; README.md lists the headers for other hosts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', ANNOUNCER_STYLE],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self']
			}
		},
		// The static host's own configuration files are not part of the site. The app registers
		// the worker itself (src/lib/dom/offline/register-worker.ts), so that a refusal is quiet.
		serviceWorker: {
			register: false,
			files: (file) => file !== '_headers' && file !== '_redirects'
		},
		prerender: {
			// The address link previews name their image and page by (see src/lib/preview/meta.ts);
			// without it they stay root-relative, since the site can be served from any host.
			origin: process.env.SITE_ORIGIN || undefined,
			entries: PSEUDO ? pseudoPages : ['*', '/404', ...localeHomes, ...presenters, ...embeds],
			crawl: !PSEUDO,
			handleUnseenRoutes: PSEUDO ? 'ignore' : 'fail',
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
