import { expect, test, type Page } from '@playwright/test';
import { hydrated, violations, watchConsole } from './helpers';

// Each test is one first visit, which the service worker never controls.
test.use({ serviceWorkers: 'block', reducedMotion: 'reduce' });
test.beforeEach(() => test.slow());

const row = (page: Page, key: string) => page.locator(`[data-legend-row="${key}"]`);
const meaning = (page: Page) => page.locator('.legend [data-legend-lit]');

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await hydrated(page);
}

test.describe('on a 360×740 touch phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('a tapped legend row shows what its class means and keeps its countries lit', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await open(page, '/');
		await expect(meaning(page)).toHaveCount(0);
		await row(page, 'split').tap();
		await expect(meaning(page)).toHaveAttribute('data-legend-lit', 'split');
		await expect(meaning(page)).toBeInViewport();
		await expect(meaning(page)).toContainText('Split away');
		await expect(meaning(page)).toContainText('left the IMT');
		await expect(row(page, 'split')).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('svg.atlas-map')).toHaveAttribute('data-highlight', 'only');
		// A tap elsewhere leaves both: the row was pressed.
		await page.locator('.legend .title').tap();
		await expect(meaning(page)).toHaveAttribute('data-legend-lit', 'split');
		await expect(page.locator('svg.atlas-map')).toHaveAttribute('data-highlight', 'only');
		// A second tap lets go of it.
		await row(page, 'split').tap();
		await page.locator('.legend .title').tap();
		await expect(meaning(page)).toHaveCount(0);
		await expect(page.locator('svg.atlas-map')).not.toHaveAttribute('data-highlight');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		expect(problems).toEqual([]);
	});

	test('in the tactic colouring at a year, "inside another party" says how it differs from entryism', async ({
		page
	}) => {
		await open(page, '/?year=2016&colour=tactic');
		await row(page, 'inside-party').tap();
		await expect(meaning(page)).toContainText('Inside another party');
		await expect(meaning(page)).toContainText('“Inside a party”');
		await expect(meaning(page)).toContainText('does not call it entryism');
		await row(page, 'entryism-populist').tap();
		await expect(meaning(page)).toContainText('“Entryism”, in a populist party');
	});
});

test('keyboard focus on a legend row shows its meaning; Enter keeps it after the focus leaves', async ({
	page
}) => {
	await open(page, '/?year=1990');
	await page.getByRole('radio', { name: 'Tactic' }).focus();
	await page.keyboard.press('Tab');
	await expect(row(page, 'section')).toBeFocused();
	await expect(meaning(page)).toHaveAttribute('data-legend-lit', 'section');
	await expect(meaning(page)).toContainText('The source names an IMT section here.');
	await page.keyboard.press('Tab');
	await expect(meaning(page)).toHaveAttribute('data-legend-lit', 'group');
	// At a year the forerunners are Militant and the CWI.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(meaning(page)).toHaveAttribute('data-legend-lit', 'predecessor');
	await expect(meaning(page)).toContainText('Militant and the CWI');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Shift+Tab');
	await expect(meaning(page)).toHaveAttribute('data-legend-lit', 'split');
	await page.evaluate(() => (document.activeElement as HTMLElement).blur());
	await expect(meaning(page)).toHaveAttribute('data-legend-lit', 'predecessor');
	await expect(page.locator('svg.atlas-map')).toHaveAttribute('data-highlight', 'only');
	expect(await violations(page)).toEqual([]);
});

test("the tactic legend uses the country panel's words, in French", async ({ page }) => {
	await open(page, '/fr/country/gr?colour=tactic');
	const heading = (await page.locator('[data-panel="gr"] .tactics .type').first().textContent())!;
	expect(heading.trim()).toBe('Dans un parti');
	await row(page, 'inside-party').focus();
	await expect(meaning(page)).toContainText(`« ${heading.trim()} »`);
	await expect(meaning(page)).toContainText('ne parle pas d’entrisme');
});

test('the key lists every class with its meaning, in either colouring and at a year', async ({
	page
}) => {
	await open(page, '/?year=2010&colour=tactic');
	const key = page.locator('[data-legend-key]');
	await key.locator('summary').click();
	const entries = key.locator('[data-legend-meaning]');
	// Six tactic classes and the dashed edge of a start the source does not date.
	await expect(entries).toHaveCount(7);
	await expect(key).toContainText('the colour of its tactic that year in the source');
	await expect(key.locator('[data-legend-meaning="inside-party"]')).toContainText(
		'does not call it entryism'
	);
	await expect(key.locator('[data-legend-meaning="known"]')).toContainText('dashed edge');
	expect(await violations(page)).toEqual([]);
	await page.getByRole('radio', { name: 'Status' }).click();
	await expect(entries).toHaveCount(6);
	await expect(key.locator('[data-legend-meaning="split"]')).toContainText('left the IMT');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the key opens and names every class with its meaning', async ({ page }) => {
		await page.goto('/es');
		const key = page.locator('[data-legend-key]');
		await expect(key.locator('dl')).toBeHidden();
		await key.locator('summary').click();
		const entries = key.locator('[data-legend-meaning]');
		await expect(entries).toHaveCount(5);
		for (const entry of await entries.all()) await expect(entry.locator('dd')).not.toBeEmpty();
		await expect(key.locator('[data-legend-meaning="section"]')).toContainText('Sección');
	});
});
