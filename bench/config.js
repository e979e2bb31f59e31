// Everything the bench assumes about the two pages it compares, in one place: if the atlas markup
// changes, fix the selectors here and nowhere else.

/** The atlas's map: prerendered `<svg data-map>` with one `<path>` per country. */
export const ATLAS_MAP_SHAPES = 'svg[data-map] path';
/** Brazil in the atlas: `<a class="country" data-iso="br" href="/country/br">` around its path. */
export const ATLAS_BRAZIL_LINK = 'a.country[data-iso="br"]';
export const ATLAS_BRAZIL_SHAPE = `${ATLAS_BRAZIL_LINK} path`;
/** The atlas's hover tooltip; it counts as shown once visible and naming the country. */
export const ATLAS_TOOLTIP = '[data-tooltip]';
/** The atlas's side panel for Brazil. */
export const ATLAS_BRAZIL_PANEL = '[data-panel="br"]';

/** The baseline page in bench/baseline/ draws paths into `svg#map` with JavaScript. */
export const BASELINE_MAP_SHAPES = 'svg path';
export const BASELINE_BRAZIL_SHAPE = 'svg path[data-name="Brazil"]';
export const BASELINE_TOOLTIP = '#tooltip';
export const BASELINE_PANEL = '#panel';

/** The country whose tooltip and panel the interactions wait for. */
export const COUNTRY_NAME = 'Brazil';
/** The map counts as painted once this many country shapes are in the DOM (110m has 177). */
export const MIN_SHAPES = 100;

/**
 * @typedef {{ selector: string, text?: string, visible?: boolean }} Condition
 *   An element matching `selector`, optionally containing `text` and visible on screen.
 * @typedef {object} Target
 * @property {'atlas' | 'baseline'} name
 * @property {string} lang the page's language (the scenarios' pages are opened in it too)
 * @property {string} home path of the page with the world map
 * @property {string} country path of the page opened on Brazil
 * @property {string} shapes selector of the country shapes
 * @property {string} ready the first load is over once this is in the DOM and the network is quiet
 * @property {string} hydrated the page answers every interaction (the heap and interactions wait for it)
 * @property {string} brazil selector of Brazil's shape (pointer target)
 * @property {string} focus selector of Brazil's focusable element (keyboard target)
 * @property {Condition} tooltip hover is done when this is painted
 * @property {Condition} panel click and Enter are done when this is painted
 */

/** @type {Target} */
export const ATLAS = {
	name: 'atlas',
	lang: 'en',
	home: '/',
	country: '/country/br',
	shapes: ATLAS_MAP_SHAPES,
	// The map is painted and hover works: the page's first script marks it after the first frame
	// (src/lib/dom/hover/first-load.ts); SvelteKit starts after that, when the page is idle.
	ready: 'html[data-hover-ready]',
	// Hydrated: the app answers clicks with its panel, and its code is in the heap.
	hydrated: 'html[data-hydrated="true"]',
	brazil: ATLAS_BRAZIL_SHAPE,
	focus: ATLAS_BRAZIL_LINK,
	tooltip: { selector: ATLAS_TOOLTIP, text: COUNTRY_NAME, visible: true },
	panel: { selector: ATLAS_BRAZIL_PANEL, visible: true }
};

/**
 * A page's path in a language: English at the path itself, another language under its code
 * (`/es`, `/es/country/br`), as the atlas addresses them.
 * @param {string} lang @param {string} path
 */
export function inLanguage(lang, path) {
	if (lang === 'en') return path;
	return path === '/' ? `/${lang}` : `/${lang}${path}`;
}

/**
 * The atlas in `lang`: its pages under the language's code, the tooltip waited for naming Brazil
 * as the atlas names it in that language (`Intl.DisplayNames`, as `i18n/country-names.ts`).
 * @param {string} lang
 * @returns {Target}
 */
export function atlasIn(lang) {
	const name = new Intl.DisplayNames([lang], { type: 'region' }).of('BR') ?? COUNTRY_NAME;
	return {
		...ATLAS,
		lang,
		home: inLanguage(lang, ATLAS.home),
		country: inLanguage(lang, ATLAS.country),
		tooltip: { ...ATLAS.tooltip, text: name }
	};
}

/** @type {Target} */
export const BASELINE = {
	name: 'baseline',
	lang: 'en',
	home: '/',
	country: `/?country=${COUNTRY_NAME}`,
	shapes: BASELINE_MAP_SHAPES,
	ready: BASELINE_MAP_SHAPES,
	hydrated: BASELINE_MAP_SHAPES,
	brazil: BASELINE_BRAZIL_SHAPE,
	focus: BASELINE_BRAZIL_SHAPE,
	tooltip: { selector: BASELINE_TOOLTIP, text: COUNTRY_NAME, visible: true },
	panel: { selector: BASELINE_PANEL, text: COUNTRY_NAME, visible: true }
};

/**
 * Feature scenarios; each is measured once its route stops answering 404 and its HTML contains
 * `marker`. Presentation mode: `<main data-present>` at /present. → would show the next part of a
 * stop too long for the screen (the first stop has two at 1280x800: nothing flies), so the
 * scenario types the second stop's number (`typed`, not recorded) and records from Enter, which
 * flies there whatever the parts, once the page answers keys (`ready`: a key pressed before
 * hydration is lost, and under load the network is idle well before then).
 */
export const PRESENTATION = {
	path: '/present',
	marker: 'data-present',
	ready: 'html[data-hydrated]',
	typed: '2',
	nextKey: 'Enter'
};
export const TIMELINE = { path: '/', marker: 'data-timeline-play', play: '[data-timeline-play]' };

// The same browser and flags as the browser tests and the screenshots.
export { CHROMIUM_ARGS, requireChromium } from '../scripts/chromium.js';
export const VIEWPORT = { width: 1280, height: 800 };
export const THROTTLE = 4;
export const ROUNDS = 5;

/** How long to wait for a page to load and for an interaction to paint before giving up. */
export const LOAD_TIMEOUT_MS = 20_000;
export const PAINT_TIMEOUT_MS = 5_000;
/** How long the pointer rests on Brazil before clicking; long tasks in this window are counted. */
export const DWELL_MS = 1_000;
/** A 60 Hz display's frame interval, for counting dropped frames. */
export const FRAME_MS = 1000 / 60;
