import { expect, test } from '@playwright/test';
import { hydrated, TALK_VIEWS, violations, type View } from './helpers';

/**
 * axe-core in each language but English (a11y.spec.ts has the English atlas, present-export and
 * present-hardening its talk): a translation can break what English passes (a name that no
 * longer matches its label, a contrast on a longer line that wraps over the map, a lang missing
 * on a quoted name). Each language's views load one after another in one page.
 */
test.use({ serviceWorkers: 'block' });

// Two tests a language, the atlas and the talk, so that eight share the workers.
const VIEWS: View[][] = [
	[
		['home', ''],
		[
			'a country page',
			'/country/br',
			(page) => expect(page.locator('[data-panel="br"]')).toBeVisible()
		],
		['the list', '/list', (page) => expect(page.locator('table.countries a')).toHaveCount(22)]
	],
	[...TALK_VIEWS]
];

for (const locale of ['es', 'pt', 'fr', 'it']) {
	for (const views of VIEWS)
		test(`axe-core finds no violations in ${locale}: ${views.map(([name]) => name).join(', ')}`, async ({
			page
		}) => {
			test.slow();
			for (const [name, path, ready] of views) {
				await test.step(name, async () => {
					await page.goto(`/${locale}${path}`);
					await hydrated(page);
					await expect(page.locator('html')).toHaveAttribute('lang', locale);
					await ready?.(page);
					expect(await violations(page), `${locale} ${name}`).toEqual([]);
				});
			}
		});
}
