import { expect, test, type Page } from '@playwright/test';
import { hydrated, violations, watchConsole } from './helpers';

// Each test is one first visit, which the service worker never controls.
test.use({ serviceWorkers: 'block' });
// Each test walks through several steps of a page: on a loaded machine they outlast 30 s.
test.beforeEach(() => test.slow());

const tacticSwitch = (page: Page, name = 'Tactic') => page.getByRole('radio', { name });
const link = (page: Page, iso2: string) => page.locator(`a.country[data-iso="${iso2}"]`);
const opacityOf = (page: Page, iso2: string) =>
	link(page, iso2)
		.locator('path')
		.first()
		.evaluate((path) => getComputedStyle(path).opacity);

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await hydrated(page);
}

test.describe('the colouring in the address', () => {
	test('choosing the tactic colouring writes ?colour=tactic without a new history entry, and a reload keeps it', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await open(page, '/country/br?year=2010');
		const entries = await page.evaluate(() => history.length);
		await tacticSwitch(page).click();
		await expect(page).toHaveURL(/\/country\/br\?year=2010&colour=tactic$/);
		await expect(page.locator('svg.atlas-map')).toHaveClass(/by-tactic/);
		await page.getByRole('radio', { name: 'Status' }).click();
		await expect(page).toHaveURL(/\/country\/br\?year=2010$/);
		await tacticSwitch(page).click();
		expect(await page.evaluate(() => history.length)).toBe(entries);

		await page.reload();
		await hydrated(page);
		await expect(tacticSwitch(page)).toHaveAttribute('aria-checked', 'true');
		await expect(page.locator('svg.atlas-map')).toHaveClass(/by-tactic/);
		expect(problems).toEqual([]);
	});

	test('opening a country and switching language keep the colouring', async ({ page }) => {
		await open(page, '/?colour=tactic');
		await expect(tacticSwitch(page)).toHaveAttribute('aria-checked', 'true');
		await page.getByRole('combobox').fill('Brazil');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/country\/br\?colour=tactic$/);
		await page.getByRole('link', { name: 'Español' }).click();
		await expect(page).toHaveURL(/\/es\/country\/br\?colour=tactic$/);
		await hydrated(page);
		await expect(tacticSwitch(page, 'Táctica')).toHaveAttribute('aria-checked', 'true');
	});

	test('anything but ?colour=tactic shows the status colouring', async ({ page }) => {
		await open(page, '/?colour=%3Cscript%3E');
		await expect(page.getByRole('radio', { name: 'Status' })).toHaveAttribute(
			'aria-checked',
			'true'
		);
	});
});

test.describe('the Share control', () => {
	test('copies the address of the view and says so', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, '/country/br?year=2010');
		await tacticSwitch(page).click();
		await page.getByRole('button', { name: 'Share' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
			'Link to this view copied.'
		);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(page.url());
		expect(copied).toMatch(/\/country\/br\?year=2010&colour=tactic$/);
	});

	test('where the clipboard is refused, shows the address selected in a field', async ({
		page
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }
			});
		});
		await open(page, '/es/country/mx?colour=tactic');
		await page.getByRole('button', { name: 'Compartir' }).click();
		const field = page.getByRole('textbox', { name: 'Enlace a esta vista' });
		await expect(field).toBeFocused();
		await expect(field).toHaveValue(page.url());
		expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd)).toBe(
			page.url().length
		);
		await expect(page.getByRole('status').filter({ hasText: 'navegador' })).toHaveCount(1);
		expect(await violations(page)).toEqual([]);
	});
});

test.describe("the talk's Share control", () => {
	test("in the help, copies the talk's address: its language, tour and stop", async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const problems = watchConsole(page);
		await open(page, '/it/present?tour=history&stop=2');
		// On to the next stop: the address follows the talk.
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/\/it\/present\?tour=history&stop=3$/);
		await page.keyboard.press('?');
		const help = page.locator('dialog[data-help]');
		await expect(help).toBeVisible();
		await help.getByRole('button', { name: 'Condividi' }).click();
		await expect(help.getByRole('status').filter({ hasText: 'copiato' })).toHaveText(
			'Link a questa vista copiato.'
		);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(page.url());
		expect(copied).toMatch(/\/it\/present\?tour=history&stop=3$/);
		expect(await violations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
});

test.describe('the legend lights its countries', () => {
	test.use({ reducedMotion: 'reduce' });

	test('a row focused by keyboard dims the other countries and names its count', async ({
		page
	}) => {
		await open(page, '/?year=2010');
		// To the colouring switch, then on to the first row of the legend.
		await page.getByRole('radio', { name: 'Tactic' }).focus();
		await page.keyboard.press('Tab');
		const section = page.locator('[data-legend-row="section"]');
		await expect(section).toBeFocused();
		await expect(section).toHaveAccessibleName('Section');
		await expect(section).toHaveAccessibleDescription(/^5 countries\. The source names/);
		await expect(page.locator('svg.atlas-map')).toHaveAttribute('data-highlight', 'only');
		expect(await opacityOf(page, 'es')).toBe('1');
		expect(await opacityOf(page, 'co')).toBe('0.2');
		// No transition when motion is reduced: the dimming is there at once.
		expect(
			await link(page, 'co')
				.locator('path')
				.first()
				.evaluate((p) => getComputedStyle(p).transitionDuration)
		).toBe('0s');

		await page.keyboard.press('Tab');
		await expect(page.locator('[data-legend-row="group"]')).toBeFocused();
		expect(await opacityOf(page, 'es')).toBe('0.2');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		await expect(page.locator('svg.atlas-map')).not.toHaveAttribute('data-highlight');
		expect(await opacityOf(page, 'co')).toBe('1');
	});

	test('in the tactic colouring, in Spanish, with plural forms; a press keeps the countries lit', async ({
		page
	}) => {
		await open(page, '/es?colour=tactic');
		const rows = page.locator('[data-legend-row]');
		const names = await rows.evaluateAll((buttons) =>
			buttons.map((b) => b.getAttribute('data-legend-row'))
		);
		expect(names).toContain('campaign');
		const campaign = page.locator('[data-legend-row="campaign"]');
		await expect(campaign).toHaveAccessibleDescription(/^(\d+ países|1 país)\. /);
		await campaign.click();
		await expect(campaign).toHaveAttribute('aria-pressed', 'true');
		await page.mouse.move(0, 0);
		await page.locator('body').click({ position: { x: 1, y: 1 } });
		await expect(page.locator('svg.atlas-map')).toHaveAttribute('data-highlight', 'only');
		await expect(page.locator('svg.atlas-map a.country[data-lit]')).toHaveCount(
			Number((await campaign.locator('.count').textContent())?.replace(/\D/g, ''))
		);
		expect(await violations(page)).toEqual([]);
	});
});

test.describe('link previews', () => {
	test.use({ javaScriptEnabled: false });

	for (const { path, image, locale, title } of [
		{ path: '/es/country/br', image: '/preview/br.png', locale: 'es_ES', title: /^Brasil/ },
		{ path: '/fr', image: '/preview/world.png', locale: 'fr_FR', title: /IMT Atlas/ },
		{ path: '/list', image: '/preview/world.png', locale: 'en_GB', title: /All countries/ }
	]) {
		test(`${path} names its preview, a 1200x630 PNG, in its language`, async ({
			page,
			request
		}) => {
			await page.goto(path);
			const meta = (key: string) =>
				page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
			expect(await meta('og:image')).toBe(image);
			expect(await meta('og:locale')).toBe(locale);
			expect(await meta('og:title')).toMatch(title);
			expect(await meta('description')).toBeTruthy();
			expect(await meta('twitter:card')).toBe('summary_large_image');
			const response = await request.get(image);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toMatch(/^image\/png/);
			const png = await response.body();
			expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		});
	}
});
