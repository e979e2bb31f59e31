import { expect, test, type Page } from '@playwright/test';
import { countryPoint, hydrated, watchConsole } from './helpers';

/** The app's code never arrives: what a reader sees before SvelteKit has started. */
async function withoutApp(page: Page): Promise<void> {
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
}

/** The map is painted and the page's first script answers hover and focus. */
async function hoverReady(page: Page): Promise<void> {
	await page.waitForSelector('html[data-hover-ready]', { state: 'attached' });
}

test.describe('before SvelteKit has started', () => {
	test('hovering a country shows its card and outline, served by the markup', async ({ page }) => {
		await withoutApp(page);
		await page.goto('/');
		await hoverReady(page);
		const { x, y } = await countryPoint(page, 'br');
		await page.mouse.move(x, y);
		const card = page.locator('[data-tooltip]');
		await expect(card).toBeVisible();
		await expect(card.locator('strong')).toHaveText('Brazil');
		await expect(card).toContainText('Esquerda Marxista');
		await expect(card).toContainText('Section');
		await expect(card).toContainText('Click for details');
		const stroke = () =>
			page.locator('#shape-br').evaluate((el) => getComputedStyle(el).strokeWidth);
		expect(await stroke()).toBe('2px');
		await page.mouse.move(2, 2);
		await expect(card).toBeHidden();
		expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
	});

	test('a country without data names itself', async ({ page }) => {
		await withoutApp(page);
		await page.goto('/');
		await hoverReady(page);
		const box = (await page.locator('path[data-name="Australia"]').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		const card = page.locator('[data-tooltip]');
		await expect(card.locator('strong')).toHaveText('Australia');
		await expect(card).toContainText('No IMT organisation');
		await expect(card).not.toContainText('Click for details');
	});

	test('Tab to a country shows its card; Tab away hides it', async ({ page }) => {
		await withoutApp(page);
		await page.goto('/');
		await hoverReady(page);
		await page.locator('a.country').first().focus();
		// Only keyboard focus gets a card: focus() from script is not :focus-visible for links,
		// so the next link is reached as a person reaches it.
		await page.keyboard.press('Tab');
		const second = page.locator('a.country').nth(1);
		await expect(second).toBeFocused();
		const card = page.locator('[data-tooltip]');
		await expect(card).toBeVisible();
		await expect(card.locator('strong')).toHaveText((await second.getAttribute('data-name'))!);
		await page.keyboard.press('Shift+Tab');
		await expect(card.locator('strong')).toHaveText(
			(await page.locator('a.country').first().getAttribute('data-name'))!
		);
		await page.keyboard.press('Shift+Tab');
		await expect(card).toBeHidden();
	});

	test('in Spanish, the card speaks Spanish', async ({ page }) => {
		await withoutApp(page);
		await page.goto('/es');
		await hoverReady(page);
		const { x, y } = await countryPoint(page, 'br');
		await page.mouse.move(x, y);
		const card = page.locator('[data-tooltip]');
		await expect(card.locator('strong')).toHaveText('Brasil');
		await expect(card).toContainText('Sección');
	});

	test('a click follows the country’s link to its page', async ({ page }) => {
		await withoutApp(page);
		await page.goto('/');
		await hoverReady(page);
		const { x, y } = await countryPoint(page, 'br');
		await page.mouse.click(x, y);
		await expect(page).toHaveURL(/\/country\/br$/);
		await expect(page.locator('[data-panel="br"] h1')).toBeVisible();
	});
});

test('the first load fetches no app code before the map answers hover; the app starts after', async ({
	page
}) => {
	const problems = watchConsole(page);
	await page.addInitScript(() => {
		const observer = new MutationObserver(() => {
			if (!document.documentElement?.hasAttribute('data-hover-ready')) return;
			(window as { hoverReadyAt?: number }).hoverReadyAt = performance.now();
			observer.disconnect();
		});
		observer.observe(document, { subtree: true, attributes: true });
	});
	const response = await page.goto('/');
	const html = (await response?.text()) ?? '';
	expect(html).not.toContain('rel="modulepreload"');
	await hoverReady(page);
	await hydrated(page);
	const { at, early, later } = await page.evaluate(() => {
		const at = (window as { hoverReadyAt?: number }).hoverReadyAt ?? 0;
		const code = performance
			.getEntriesByType('resource')
			.filter((entry) => /\/_app\/immutable\/.*\.js$/.test(entry.name));
		return {
			at,
			early: code.filter((entry) => entry.startTime <= at).map((entry) => entry.name),
			later: code.length
		};
	});
	expect(at).toBeGreaterThan(0);
	expect(early).toEqual([]);
	expect(later).toBeGreaterThan(0);
	// One card, the same before and after hydration; after it, the app's panel opens on a click.
	await expect(page.locator('[data-tooltip]')).toHaveCount(1);
	const { x, y } = await countryPoint(page, 'br');
	await page.mouse.move(x, y);
	await expect(page.locator('[data-tooltip] strong')).toHaveText('Brazil');
	await page.mouse.down();
	await page.mouse.up();
	await expect(page.locator('[data-panel="br"]')).toBeVisible();
	await expect(page.locator('[data-tooltip]')).toBeHidden();
	expect(problems).toEqual([]);
});
