import { expect, test, type Page } from '@playwright/test';
import { hydrated, violations } from './helpers';

// Each test is one first visit, which the service worker never controls: its install would only
// compete for the CPU. offline.spec.ts, csp.spec.ts and origin.spec.ts run with it.
test.use({ serviceWorkers: 'block' });

type Scan = [name: string, path: string, ready: (page: Page) => Promise<unknown>];

const scans: Scan[][] = [
	[
		['home', '/', async () => {}],
		['the list', '/list', (page) => expect(page.locator('table.countries a')).toHaveCount(22)],
		['about', '/about', async () => {}],
		['sources', '/sources', async () => {}]
	],
	[
		[
			'a country page with its panel open',
			'/country/br',
			(page) => expect(page.locator('[data-panel="br"]')).toContainText('Tactics')
		],
		[
			'the 404 page',
			'/no/such/page',
			(page) => expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
		],
		[
			'home coloured by tactic',
			'/',
			async (page) => {
				await page.getByRole('radio', { name: 'Tactic' }).click();
				await expect(page.locator('svg[data-map]')).toHaveClass(/by-tactic/);
			}
		],
		[
			'the search suggestions open',
			'/',
			async (page) => {
				await page.getByRole('combobox', { name: 'Find a country' }).fill('a');
				await expect(page.getByRole('listbox')).toBeVisible();
			}
		]
	]
];

// In each scheme, two tests of four scans each: the pages load one after the other in one page.
for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`on a ${colorScheme} screen`, () => {
		test.use({ colorScheme });
		for (const group of scans) {
			test(`axe-core finds no violations: ${group.map(([name]) => name).join(', ')}`, async ({
				page
			}) => {
				for (const [name, path, ready] of group) {
					await test.step(name, async () => {
						await page.goto(path);
						await hydrated(page);
						await ready(page);
						expect(await violations(page), name).toEqual([]);
					});
				}
			});
		}
	});
}

test('the map is a labelled group; keyboard only: skip link, a country, its panel, the list', async ({
	page
}) => {
	await page.goto('/');
	const map = page.getByRole('group', { name: /^World map of the 22 countries/ });
	await expect(map).toHaveAttribute('aria-label', /coloured by status.*list of countries/);
	await expect(map.getByRole('link')).toHaveCount(22);
	await expect(
		map.getByRole('link', { name: 'Brazil: section, Esquerda Marxista (Marxist Left)' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'All countries as a list' })).toBeVisible();

	await hydrated(page);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#map')).toBeFocused();

	await page.keyboard.press('Tab');
	const first = map.getByRole('link').first();
	await expect(first).toBeFocused();
	const iso2 = await first.getAttribute('data-iso');
	const name = (await first.getAttribute('aria-label'))!.split(':')[0]!;
	await page.keyboard.press('Enter');
	// The panel announces itself: focus moves to its heading, which names the country.
	const heading = page.locator(`[data-panel="${iso2}"] h1`);
	await expect(heading).toBeFocused();
	expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
	await expect(heading).toHaveText(name);
	await expect(page.getByRole('complementary', { name })).toBeVisible();

	await page.keyboard.press('Escape');
	await expect(page.locator(`[data-panel="${iso2}"]`)).toHaveCount(0);
	await expect(first).toBeFocused();

	// Back up past the zoom buttons, the search field and the languages to the list link.
	const listLink = page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'List' });
	const isFocused = () => listLink.evaluate((link) => link === document.activeElement);
	for (let presses = 0; presses < 16 && !(await isFocused()); presses++) {
		await page.keyboard.press('Shift+Tab');
	}
	await expect(listLink).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/list$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('All 22 countries');
});

test('closing a country page opened from its address gives the focus to that country on the map', async ({
	page
}) => {
	await page.goto('/country/br');
	await hydrated(page);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('a.country[data-iso="br"]')).toBeFocused();
});
