import { expect, type Page } from '@playwright/test';
import { countryPoint, hydrated } from './helpers';

/** What a visitor does in one sitting; the CSP and origin tests watch it. Returns the steps. */
export async function fullSession(page: Page): Promise<string[]> {
	const steps: string[] = [];
	const step = (name: string) => steps.push(name);

	await page.goto('/');
	await hydrated(page);
	step('home');

	const brazil = await countryPoint(page, 'br');
	await page.mouse.move(brazil.x, brazil.y);
	await expect(page.locator('[data-tooltip]')).toContainText('Brazil');
	step('hover Brazil');

	await page.mouse.click(brazil.x, brazil.y);
	await expect(page.locator('[data-panel="br"]')).toBeVisible();
	step('click Brazil');

	await page.keyboard.press('Escape');
	await expect(page.locator('[data-panel="br"]')).toHaveCount(0);
	step('Escape');

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'List' }).click();
	await expect(page).toHaveURL(/\/list$/);
	step('list');

	await page.locator('table.countries a', { hasText: 'Pakistan' }).click();
	await expect(page.locator('[data-panel="pk"]')).toBeVisible();
	step('country page from the list');

	await page.getByRole('link', { name: 'About the tendency' }).click();
	await expect(page).toHaveURL(/\/about$/);
	step('about');

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Sources' })
		.click();
	await expect(page).toHaveURL(/\/sources$/);
	step('sources');

	const response = await page.goto('/no/such/page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
	await hydrated(page);
	step('404');

	await page.getByRole('radio', { name: 'Tactic' }).click();
	await expect(page.locator('svg[data-map]')).toHaveClass(/by-tactic/);
	step('colour by tactic');

	await page.getByRole('combobox', { name: 'Find a country' }).fill('sal');
	await expect(page.getByRole('option').first()).toContainText('El Salvador');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-panel="sv"]')).toBeVisible();
	step('search');

	await page.goto('/?year=2008');
	await hydrated(page);
	const year = page.getByRole('slider', { name: 'Year' });
	const play = page.locator('[data-timeline-play]');
	await play.click();
	await expect(year).toHaveValue('2009', { timeout: 5_000 });
	await play.click();
	await expect(play).toHaveText('Play');
	const country = page.locator('[data-year-events] h3 a').first();
	const iso2 = await country.evaluate((a) =>
		a.closest('[data-events-of]')!.getAttribute('data-events-of')
	);
	await country.click();
	await expect(page.locator(`[data-panel="${iso2}"]`)).toBeVisible();
	step('timeline: play, pause, an event of the year');

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Present' })
		.click();
	await expect(page).toHaveURL(/\/present/);
	await hydrated(page);
	// A stop too long for the screen is walked in two parts, so count stops, not presses.
	const talk = page.locator('[data-present]');
	for (let i = 0; i < 8 && (await talk.getAttribute('data-stop')) !== '4'; i++) {
		await page.keyboard.press('PageDown');
		await page.waitForTimeout(100);
	}
	await expect(talk).toHaveAttribute('data-stop', '4');
	await page.waitForFunction(() => document.getAnimations().length === 0);
	step('presentation: three stops');

	await page.keyboard.press('t');
	await page.keyboard.press('?');
	await expect(page.locator('[data-help]')).toBeVisible();
	await page.keyboard.press('Escape');
	step('presentation: theme and help');

	await page.goto('/present?tour=history');
	await hydrated(page);
	await page.keyboard.press('End');
	// Before today's world: the family tree's Russian fusion, then the event it follows.
	await page.keyboard.press('PageUp');
	await expect(page.locator('[data-tree-stage]')).toBeVisible();
	await page.keyboard.press('PageUp');
	await expect(page.locator('p[data-year]')).toHaveText('2019');
	step('presentation: history tour');

	await page.keyboard.press('q');
	await expect(page).toHaveURL(/\/$/);
	await hydrated(page);
	step('leave the presentation');

	return steps;
}
