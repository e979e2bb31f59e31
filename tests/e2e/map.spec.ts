import { expect, test } from '@playwright/test';
import { countryPoint, hydrated, watchConsole } from './helpers';

test.describe('the map', () => {
	test('is in the first HTML, with a link for every dataset country', async ({ request }) => {
		const html = await (await request.get('/')).text();
		expect(html.match(/<path /g)?.length ?? 0).toBeGreaterThan(150);
		for (const iso2 of ['br', 'gb', 'sv', 'nl', 'pk', 'ru']) {
			expect(html).toContain(`href="/country/${iso2}"`);
		}
	});

	test('clicking Brazil opens its panel and puts it in the URL; Back closes it', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await page.goto('/');
		await hydrated(page);
		const { x, y } = await countryPoint(page, 'br');
		await page.mouse.click(x, y);
		const panel = page.locator('[data-panel="br"]');
		await expect(panel).toBeVisible();
		await expect(panel).toContainText('Esquerda Marxista');
		await expect(panel).toContainText('5 May 2015');
		await expect(page).toHaveURL(/\/country\/br$/);
		await expect(page.locator('a.country[aria-current="page"]')).toHaveAttribute('data-iso', 'br');
		await page.goBack();
		await expect(page).toHaveURL(/\/$/);
		await expect(panel).toHaveCount(0);
		await page.goForward();
		await expect(panel).toBeVisible();
		expect(problems).toEqual([]);
	});

	test("the home page loads the facts' details after it is ready; a click sooner waits for them", async ({
		page
	}) => {
		const problems = watchConsole(page);
		// The details (citations, the family tree) are a JSON file of their own.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		let requested = false;
		await page.route('**/_app/immutable/assets/atlas-details.*.json', async (route) => {
			const response = await route.fetch();
			requested = true;
			await held;
			await route.fulfill({ response });
		});
		await page.goto('/');
		await hydrated(page);
		const { x, y } = await countryPoint(page, 'br');
		await page.mouse.click(x, y);
		await expect(page).toHaveURL(/\/country\/br$/);
		await expect.poll(() => requested).toBe(true);
		const panel = page.locator('[data-panel="br"]');
		await expect(panel).toHaveCount(0);
		release();
		await expect(panel).toBeVisible();
		await expect(panel.locator('.cite a').first()).toHaveText(/^¶\d+$/);
		expect(problems).toEqual([]);
	});

	test('hovering a country shows its tooltip and outline', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const { x, y } = await countryPoint(page, 'br');
		await page.mouse.move(x, y);
		const tooltip = page.locator('[data-tooltip]');
		await expect(tooltip).toContainText('Brazil');
		await expect(tooltip).toContainText('Esquerda Marxista');
		const stroke = () =>
			page.locator('#shape-br').evaluate((el) => getComputedStyle(el).strokeWidth);
		expect(await stroke()).toBe('2px');
		await page.mouse.move(2, 2);
		await expect(tooltip).toBeHidden();
		expect(await stroke()).toBe('0.6px');
	});

	test('a country without data names itself and says the source has nothing', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const box = await page.locator('path[data-name="Australia"]').boundingBox();
		await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
		await expect(page.locator('[data-tooltip]')).toContainText('Australia');
		await expect(page.locator('[data-tooltip]')).toContainText('No IMT organisation');
	});

	test('tiny El Salvador can be hit through its marker', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const marker = page.locator('a.country[data-iso="sv"] circle.target');
		const box = await marker.boundingBox();
		// A target a finger can hit: at least 24 CSS pixels across.
		expect(box!.width).toBeGreaterThanOrEqual(24);
		// Click near the marker's rim, well off the country's own shape.
		await page.mouse.click(box!.x + box!.width / 2, box!.y + 3);
		await expect(page.locator('[data-panel="sv"]')).toBeVisible();
	});

	test('colour by tactic switches the fills and the legend', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const fillOf = () =>
			page.locator('a.country[data-iso="gb"] path').evaluate((el) => getComputedStyle(el).fill);
		const byStatus = await fillOf();
		await page.getByRole('radio', { name: 'Tactic' }).click();
		await expect(page.locator('svg[data-map]')).toHaveClass(/by-tactic/);
		await expect(page.locator('.legend')).toContainText('Entryism: labour party');
		expect(await fillOf()).not.toBe(byStatus);
	});
});

test.describe('keyboard', () => {
	test('Tab reaches a country, Enter opens it, Escape closes and returns focus', async ({
		page
	}) => {
		await page.goto('/');
		await hydrated(page);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeFocused();
		await page.keyboard.press('Enter');
		// From the map, Tab goes to the first country in the list order.
		await page.keyboard.press('Tab');
		const first = page.locator('a.country').first();
		await expect(first).toBeFocused();
		await expect(page.locator('[data-tooltip]')).toBeVisible();
		await page.keyboard.press('Tab');
		const second = page.locator('a.country').nth(1);
		await expect(second).toBeFocused();
		const iso2 = await second.getAttribute('data-iso');
		await page.keyboard.press('Enter');
		const heading = page.locator(`[data-panel="${iso2}"] h1`);
		await expect(heading).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.locator(`[data-panel="${iso2}"]`)).toHaveCount(0);
		await expect(second).toBeFocused();
		await page.keyboard.press('Space');
		await expect(heading).toBeFocused();
	});

	test('find a country: "sal" then Enter opens El Salvador', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		await page.getByRole('combobox', { name: 'Find a country' }).fill('sal');
		await expect(page.getByRole('option').first()).toContainText('El Salvador');
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-panel="sv"]')).toBeVisible();
		await expect(page).toHaveURL(/\/country\/sv$/);
	});

	for (const { typed, country, iso2, via } of [
		{ typed: 'UK', country: 'United Kingdom', iso2: 'gb', via: 'UK' },
		{ typed: 'Britain', country: 'United Kingdom', iso2: 'gb', via: 'Britain' },
		{ typed: 'USA', country: 'United States', iso2: 'us', via: 'USA' },
		{ typed: 'America', country: 'United States', iso2: 'us', via: 'America' },
		{ typed: 'Holland', country: 'Netherlands', iso2: 'nl', via: 'Holland' }
	]) {
		test(`find a country by the name people type: "${typed}" finds ${country}`, async ({
			page
		}) => {
			await page.goto('/');
			await hydrated(page);
			const field = page.getByRole('combobox', { name: 'Find a country' });
			await field.click();
			await field.pressSequentially(typed, { delay: 30 });
			const first = page.getByRole('option').first();
			await expect(first).toContainText(country);
			await expect(first).toContainText(via);
			await first.click();
			await expect(page.locator(`[data-panel="${iso2}"]`)).toBeVisible();
			await expect(page).toHaveURL(new RegExp(`/country/${iso2}$`));
		});
	}
});

test.describe('pages', () => {
	test('a country page opens with its panel, and links to its neighbours', async ({ page }) => {
		const problems = watchConsole(page);
		await page.goto('/country/fr');
		await expect(page.locator('[data-panel="fr"]')).toContainText('Révolution');
		await expect(page).toHaveTitle(/France/);
		await hydrated(page);
		await page.getByRole('link', { name: /Greece →/ }).click();
		await expect(page.locator('[data-panel="gr"]')).toBeVisible();
		await expect(page).toHaveURL(/\/country\/gr$/);
		expect(problems).toEqual([]);
	});

	test('an unknown country is a 404 with a way back', async ({ page }) => {
		const response = await page.goto('/country/zz');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
		await page.getByRole('link', { name: 'Back to the map' }).click();
		await expect(page).toHaveURL(/\/$/);
	});

	test('the list links every country to its page', async ({ page }) => {
		await page.goto('/list');
		const links = page.locator('table.countries a');
		await expect(links).toHaveCount(22);
		await links.filter({ hasText: 'Pakistan' }).click();
		await expect(page.locator('[data-panel="pk"]')).toContainText('Lal Salaam');
	});

	test('a citation leads to its paragraph of the source', async ({ page }) => {
		await page.goto('/country/br');
		await hydrated(page);
		await page.locator('[data-panel="br"] a[href$="#para-13"]').click();
		await expect(page).toHaveURL(/\/sources#para-13$/);
		await expect(page.locator('#para-13')).toContainText('April 2017');
	});

	test("the sources page gives the ledger's coverage and where each sentence is used", async ({
		page
	}) => {
		await page.goto('/sources');
		await expect(page.locator('[data-coverage]')).toContainText(
			/The source has \d+ sentences\. The atlas carries \d+ of them in its facts and leaves out \d+/
		);
		const paragraph = page.locator('#para-2');
		await paragraph.getByText('Where the atlas uses ¶2').click();
		const use = paragraph.locator('.uses li').filter({ hasText: /^2\.5/ });
		await use.getByRole('link', { name: 'United Kingdom' }).click();
		await expect(page).toHaveURL(/\/country\/gb$/);
		await expect(page.locator('[data-panel="gb"]')).toContainText('1983');
	});
});

test.describe('layout', () => {
	for (const width of [360, 768, 1280, 3840]) {
		test(`fits a ${width}px window without horizontal scrolling`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/country/gb');
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBe(0);
			await expect(page.locator('svg[data-map]')).toBeVisible();
		});
	}
});

test.describe('projector size', () => {
	for (const path of ['/', '/country/br']) {
		test(`${path} at 1920×1080: a large map, readable text, a screenshot to look at`, async ({
			page
		}, testInfo) => {
			await page.setViewportSize({ width: 1920, height: 1080 });
			await page.goto(path);
			const map = await page.locator('svg[data-map]').boundingBox();
			expect(map!.width).toBeGreaterThan(1100);
			expect(map!.y + map!.height).toBeLessThan(1080);
			const bodySize = await page
				.locator('aside p')
				.first()
				.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
			expect(bodySize).toBeGreaterThanOrEqual(16);
			await page.screenshot({ path: testInfo.outputPath('projector.png') });
		});
	}
});
