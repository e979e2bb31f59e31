import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, TALK_VIEWS, watchConsole, type View } from './helpers';
import { PSEUDO_PATHS } from '../../scripts/pseudo-views.js';

/**
 * The main views in the two pseudo-locales (src/lib/i18n/pseudo.ts), built into build-pseudo/ by
 * scripts/e2e.js and served on a port of their own: en-XA (every string accented and about 40 %
 * longer) and ar-XB (every string in Hebrew letters, the page right to left). Each view fails on
 * visible text still in plain English, on text that overflows its box or the screen, and on a
 * page that scrolls sideways. Plain Latin words may only be what the source names (organisations,
 * parties, quotes), what `Intl` writes in English for en-XA (country names, months), and the
 * languages' own names in the switcher.
 */
test.use({
	baseURL: `http://127.0.0.1:${process.env.E2E_PSEUDO_PORT}`,
	serviceWorkers: 'block'
});

test.beforeAll(() => {
	expect(
		existsSync('build-pseudo/en-XA/list.html'),
		'no build-pseudo/: run `node scripts/e2e.js` (or ATLAS_PSEUDO=1 npx vite build) first'
	).toBe(true);
});

const ATLAS = JSON.parse(readFileSync('src/lib/data/atlas.json', 'utf8'));

/** Words the source gives, and the words Intl gives for the dataset's countries and months. */
function allowedWords(): Set<string> {
	const atlas = ATLAS;
	const [source] = atlas.sources;
	const names: string[] = [atlas.tendency.name, source.title, source.publisher, source.licence];
	const walk = (value: unknown, key = ''): void => {
		if (typeof value === 'string') {
			if (/^(name|names|formerNames|otherNames|quote|joined)$/.test(key)) names.push(value);
		} else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
		else if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value)) walk(v, k);
	};
	walk(atlas);
	const regions = new Intl.DisplayNames(['en'], { type: 'region' });
	for (const country of atlas.countries) names.push(regions.of(country.iso2.toUpperCase())!);
	for (let month = 0; month < 12; month++)
		for (const width of ['long', 'short'] as const)
			names.push(new Date(2000, month, 1).toLocaleString('en', { month: width }));
	names.push('IMT Atlas');
	return new Set(names.flatMap((name) => name.toLowerCase().match(/[a-z]+/g) ?? []));
}
const ALLOWED = allowedWords();

interface Findings {
	english: string[];
	overflow: string[];
	scroll: string | null;
}

/** What is wrong with the page as it is now (see the file's comment). */
function findings(page: Page): Promise<Findings> {
	return page.evaluate(
		(allowed) => {
			const ok = new Set(allowed);
			const visible = (el: Element) =>
				el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
				!el.closest('[aria-hidden="true"], .visually-hidden, .sr-only');
			const pageLang = document.documentElement.lang;
			const describe = (el: Element) =>
				`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
			const english = new Set<string>();
			const containers = new Set<Element>();
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
				const node = walker.currentNode as Text;
				const text = node.data.trim();
				const parent = node.parentElement;
				if (!text || !parent || !visible(parent)) continue;
				if (parent.closest('svg, script, style')) continue;
				containers.add(parent);
				// Text marked as another language (the source's English), and the switcher, which
				// names each language in itself.
				if (parent.closest('[lang]')!.getAttribute('lang') !== pageLang) continue;
				if (parent.closest('a[hreflang]')) continue;
				// BibTeX's own syntax (`@misc{key,`, `title = `) is no language; its values are read.
				const prose = parent.closest('code') ? text.replace(/@\w+\{[\w-]+,|\b\w+ = /g, '') : text;
				const words = (prose.replace(/https?:\/\/\S+/g, '').match(/[A-Za-z]{2,}/g) ?? []).filter(
					(w) => !ok.has(w.toLowerCase())
				);
				if (words.length) english.add(`${describe(parent)}: “${text.slice(0, 80)}” (${words[0]})`);
			}
			const overflow = new Set<string>();
			for (const start of containers) {
				// The nearest block box around the text: an inline element has no width of its own.
				let el: Element | null = start;
				while (el && getComputedStyle(el).display === 'inline') el = el.parentElement;
				if (!el) continue;
				const style = getComputedStyle(el);
				// Text for screen readers only, clipped to a pixel on purpose.
				if (el.clientWidth <= 2 || el.clientHeight <= 2) continue;
				const scrolls = /auto|scroll/.test(style.overflowX);
				if (!scrolls && el.scrollWidth > el.clientWidth + 1)
					overflow.add(`${describe(el)} is ${el.scrollWidth}px wide in ${el.clientWidth}px`);
				const box = start.getBoundingClientRect();
				if (box.width && (box.right > innerWidth + 1 || box.left < -1))
					overflow.add(
						`${describe(start)} reaches ${Math.round(box.left)}..${Math.round(box.right)}px`
					);
			}
			const width = document.documentElement.scrollWidth;
			return {
				english: [...english],
				overflow: [...overflow],
				scroll: width > innerWidth + 1 ? `page ${width}px wide in ${innerWidth}px` : null
			};
		},
		[...ALLOWED]
	);
}

// Two groups, each a test, so the four runs of each can share the workers.
const VIEWS: Record<string, View[]> = {
	'the atlas': [
		['home', '/'],
		[
			'a country page',
			'/country/br',
			(page) => expect(page.locator('[data-panel="br"]')).toBeVisible()
		],
		['the list', '/list'],
		['about', '/about'],
		['sources', '/sources']
	],
	'the talk': [...TALK_VIEWS]
};

const SCREENS = {
	'1024x768': { viewport: { width: 1024, height: 768 } },
	'360x740 touch': { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true }
};

for (const locale of ['en-XA', 'ar-XB'] as const) {
	for (const [screen, options] of Object.entries(SCREENS)) {
		test.describe(`${locale} at ${screen}`, () => {
			test.use(options);
			for (const [group, views] of Object.entries(VIEWS))
				test(`${group}: every view translated, in its boxes, with no sideways scroll`, async ({
					page
				}, info) => {
					test.slow();
					const problems = watchConsole(page);
					const found: Record<string, Findings> = {};
					for (const [name, path, ready] of views) {
						await test.step(name, async () => {
							// The pseudo build prerenders only the pages listed there.
							expect(PSEUDO_PATHS).toContain(new URL(path, 'http://atlas').pathname);
							await page.goto(`/${locale}${path === '/' ? '' : path}`);
							await hydrated(page);
							await expect(page.locator('html')).toHaveAttribute('lang', locale);
							if (ready) await ready(page);
							await page.screenshot({
								path: info.outputPath(
									`${locale}-${screen.split(' ')[0]}-${name.replaceAll(' ', '-')}.png`
								)
							});
							const seen = await findings(page);
							found[name] = seen;
						});
					}
					const bad = Object.fromEntries(
						Object.entries(found).filter(
							([, f]) => f.english.length || f.overflow.length || f.scroll
						)
					);
					expect(bad).toEqual({});
					expect(problems).toEqual([]);
				});
		});
	}
}
