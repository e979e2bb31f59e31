import { expect, test, type Page } from '@playwright/test';
import { hydrated, violations, watchConsole } from './helpers';

// Each test is one first visit, which the service worker never controls.
test.use({ serviceWorkers: 'block' });
test.beforeEach(() => test.slow());

const STATUSES = ['section', 'group', 'split', 'predecessor', 'none'];
const TACTICS = [
	'entryism-labour',
	'entryism-communist',
	'entryism-populist',
	'inside-party',
	'campaign',
	'none'
];

const rows = (page: Page) => page.locator('table.countries tbody tr[data-list-row]');
const codes = (page: Page) =>
	rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-list-row')!));
const cells = (page: Page, column: string) =>
	page
		.locator(`table.countries tbody [data-list-${column}]`)
		.evaluateAll((tds, c) => tds.map((td) => td.getAttribute(`data-list-${c}`)!), column);
const names = (page: Page) => page.locator('table.countries tbody .name').allTextContents();
const heading = (page: Page, sort: string) => page.locator(`th[data-sort-column="${sort}"]`);

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await hydrated(page);
}

/** Whether `values` never go back in `order` (ascending when `sign` is 1). */
const monotone = (values: number[], sign: 1 | -1) =>
	values.every((v, i) => i === 0 || sign * (v - values[i - 1]!) >= 0);

test('each column sorts both ways, says so (aria-sort) and writes the address without a new entry', async ({
	page
}) => {
	const problems = watchConsole(page);
	await open(page, '/list');
	const entries = await page.evaluate(() => history.length);
	await expect(heading(page, 'name')).toHaveAttribute('aria-sort', 'ascending');
	const collator = new Intl.Collator('en');
	expect(await names(page)).toEqual([...(await names(page))].sort(collator.compare));

	await heading(page, 'name').getByRole('button').click();
	await expect(page).toHaveURL(/\/list\?order=desc$/);
	await expect(heading(page, 'name')).toHaveAttribute('aria-sort', 'descending');
	expect(await names(page)).toEqual([...(await names(page))].sort(collator.compare).reverse());

	for (const [column, ranks] of [
		['status', STATUSES],
		['tactic', TACTICS]
	] as const) {
		await heading(page, column).getByRole('button').click();
		await expect(page).toHaveURL(new RegExp(`/list\\?sort=${column}$`));
		await expect(heading(page, column)).toHaveAttribute('aria-sort', 'ascending');
		await expect(heading(page, 'name')).not.toHaveAttribute('aria-sort');
		expect(
			monotone(
				(await cells(page, column)).map((k) => ranks.indexOf(k)),
				1
			)
		).toBe(true);
		await heading(page, column).getByRole('button').click();
		await expect(page).toHaveURL(new RegExp(`/list\\?sort=${column}&order=desc$`));
		await expect(heading(page, column)).toHaveAttribute('aria-sort', 'descending');
		expect(
			monotone(
				(await cells(page, column)).map((k) => ranks.indexOf(k)),
				-1
			)
		).toBe(true);
	}

	await heading(page, 'first').getByRole('button').click();
	await expect(page).toHaveURL(/\/list\?sort=first$/);
	// Militant's newspaper, 1964, then Ireland and Sweden (1974, by name); undated last.
	expect((await codes(page)).slice(0, 3)).toEqual(['gb', 'ie', 'se']);
	expect((await cells(page, 'first')).at(-1)).toBe('');
	await expect(page.locator('[data-list-summary]')).toContainText(
		'Sorted by First dated event, ascending.'
	);
	await heading(page, 'first').getByRole('button').click();
	await expect(page).toHaveURL(/\/list\?sort=first&order=desc$/);
	expect((await codes(page))[0]).toBe('ru');
	expect((await cells(page, 'first')).at(-1)).toBe('');

	expect(await page.evaluate(() => history.length)).toBe(entries);
	expect(problems).toEqual([]);
});

test('a reload, or the address opened anew, keeps the order and the filter', async ({ page }) => {
	await open(page, '/list?sort=first&order=desc&class=inside-party');
	await expect(heading(page, 'first')).toHaveAttribute('aria-sort', 'descending');
	await expect(page.locator('select')).toHaveValue('inside-party');
	const shown = await codes(page);
	expect(shown).toHaveLength(3);
	await page.reload();
	await hydrated(page);
	expect(await codes(page)).toEqual(shown);
	await expect(heading(page, 'first')).toHaveAttribute('aria-sort', 'descending');
});

test('a country opened from a sorted, filtered list gives the list back as it was when closed', async ({
	page
}) => {
	const problems = watchConsole(page);
	await open(page, '/list?year=2010');
	// The order and filter chosen on the page, so that only the history state has them so far.
	await heading(page, 'first').getByRole('button').click();
	await heading(page, 'first').getByRole('button').click();
	await page.getByLabel('Show').selectOption('section');
	const list = /\/list\?year=2010&sort=first&order=desc&class=section$/;
	await expect(page).toHaveURL(list);
	const shown = await codes(page);
	expect(shown.length).toBeGreaterThan(1);
	const [first, second] = shown as [string, string];

	// A row's link opens the panel in place of the list; its close button brings the list back.
	await rows(page).first().getByRole('link').click();
	await expect(page.locator(`[data-panel="${first}"]`)).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`/country/${first}\\?year=2010$`));
	await page.locator(`[data-panel="${first}"] a.close`).click();
	await expect(page).toHaveURL(list);
	expect(await codes(page)).toEqual(shown);
	// The reader is back where they left: on the country's row.
	await expect(rows(page).first().getByRole('link')).toBeFocused();
	await expect(heading(page, 'first')).toHaveAttribute('aria-sort', 'descending');
	await expect(page.getByLabel('Show')).toHaveValue('section');

	// So does Escape after a click on the map, and so does Back.
	await page.locator(`a.country[data-iso="${second}"] path`).first().click();
	await expect(page.locator(`[data-panel="${second}"]`)).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(list);
	expect(await codes(page)).toEqual(shown);
	await expect(rows(page).nth(1).getByRole('link')).toBeFocused();
	await rows(page).nth(1).getByRole('link').click();
	await expect(page.locator(`[data-panel="${second}"]`)).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(list);
	expect(await codes(page)).toEqual(shown);
	await expect(page.getByLabel('Show')).toHaveValue('section');
	expect(problems).toEqual([]);
});

test('the filter shows one class of either colouring, at today or at a year', async ({ page }) => {
	await open(page, '/list');
	await page.getByLabel('Show').selectOption('inside-party');
	await expect(page).toHaveURL(/\/list\?class=inside-party$/);
	expect(await codes(page)).toEqual(['fr', 'gr', 'mx']);
	await expect(page.locator('[data-list-summary]')).toContainText('Countries shown: 3 of 22.');
	await page.getByLabel('Show').selectOption('predecessor');
	expect(await codes(page)).toEqual(['ie']);
	await page.getByLabel('Show').selectOption('');
	await expect(page).toHaveURL(/\/list$/);
	await expect(rows(page)).toHaveCount(22);

	// The source dates Militant's entryism in Labour only by its end, in 1992.
	await open(page, '/list?year=1992&class=entryism-labour');
	expect(await codes(page)).toEqual(['gb']);
	await expect(page.locator('table.countries thead')).toContainText('Tactic in 1992');
	await page.getByLabel('Show').selectOption('inside-party');
	await expect(page.locator('table.countries td.empty')).toHaveText(
		'No country was in this class in 1992.'
	);
	expect(await violations(page)).toEqual([]);
});

test('the Spanish list sorts in Spanish order, both ways', async ({ page }) => {
	await open(page, '/es/list?order=desc');
	const collator = new Intl.Collator('es');
	const shown = await names(page);
	expect(shown).toEqual([...shown].sort(collator.compare).reverse());
	expect(shown.indexOf('Reino Unido')).toBeLessThan(shown.indexOf('México'));
	await heading(page, 'name').getByRole('button').click();
	expect(await names(page)).toEqual([...shown].reverse());
	await expect(page.locator('[data-list-summary]')).toContainText('Orden: País, ascendente.');
	expect(await violations(page)).toEqual([]);
});

for (const viewport of [
	{ width: 1024, height: 768 },
	{ width: 1920, height: 1080 },
	{ width: 3840, height: 2160 }
])
	test(`at ${viewport.width}×${viewport.height} nothing scrolls sideways`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await open(page, '/list?sort=tactic');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			viewport.width
		);
		await expect(rows(page)).toHaveCount(22);
	});

test.describe('on a 360×740 touch phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('a card per country, sorted by a tap, nothing scrolls sideways', async ({ page }) => {
		await open(page, '/list?year=2010');
		await heading(page, 'status').getByRole('button').tap();
		await expect(page).toHaveURL(/\/list\?year=2010&sort=status$/);
		expect(
			monotone(
				(await cells(page, 'status')).map((k) => STATUSES.indexOf(k)),
				1
			)
		).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		// Each card names its status's column, since the headings sit above as buttons.
		await expect(rows(page).first().locator('[data-list-status] .cell-label')).toBeVisible();
		await expect(rows(page).first().locator('[data-list-status] .cell-label')).toHaveText(
			'Status in 2010'
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered table, by name, every row readable and the downloads linked', async ({
		page
	}) => {
		await page.goto('/list?sort=first&order=desc');
		await expect(rows(page)).toHaveCount(22);
		await expect(heading(page, 'name')).toHaveAttribute('aria-sort', 'ascending');
		const collator = new Intl.Collator('en');
		expect(await names(page)).toEqual([...(await names(page))].sort(collator.compare));
		for (const column of ['status', 'tactic', 'first'])
			await expect(page.locator(`tbody [data-list-${column}]`)).toHaveCount(22);
		await expect(page.locator('tbody [data-list-status]').first()).not.toBeEmpty();
		await expect(page.getByLabel('Show')).toBeDisabled();
		await expect(page.locator('[data-download="csv"]')).toBeVisible();
	});
});
