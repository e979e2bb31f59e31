import { expect, test } from '@playwright/test';
import { countryPoint, hydrated, violations, watchConsole } from './helpers';

const LOCALES = ['en', 'es', 'pt', 'fr', 'it'];

test('/es is Spanish: <html lang>, hreflang alternates, the switcher marking Español', async ({
	page
}) => {
	const problems = watchConsole(page);
	await page.goto('/es');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	for (const locale of LOCALES) {
		const href = locale === 'en' ? '/' : `/${locale}`;
		await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute(
			'href',
			href
		);
	}
	await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
		'href',
		'/'
	);
	const switcher = page.getByRole('navigation', { name: 'Idioma' });
	await expect(switcher.locator('a[aria-current="true"]')).toHaveText('Español');
	await expect(switcher.locator('a[lang="fr"][hreflang="fr"]')).toHaveText('Français');
	await expect(page.getByRole('navigation', { name: 'Principal' })).toContainText('Fuentes');
	await hydrated(page);
	expect(problems).toEqual([]);
});

test('a click on a country on /es opens it at /es/country/…, in Spanish', async ({ page }) => {
	const problems = watchConsole(page);
	await page.goto('/es');
	await hydrated(page);
	const point = await countryPoint(page, 'br');
	await page.mouse.click(point.x, point.y);
	await expect(page).toHaveURL(/\/es\/country\/br$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Brasil' })).toBeVisible();
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.locator('[data-panel="br"]')).toContainText('Brasil');
	expect(problems).toEqual([]);
});

test('the switcher on /country/br?year=2000 goes to /es/country/br?year=2000 with a Spanish shell', async ({
	page
}) => {
	await page.goto('/country/br?year=2000');
	await hydrated(page);
	await page.locator('nav.languages').getByRole('link', { name: 'Español' }).click();
	await expect(page).toHaveURL(/\/es\/country\/br\?year=2000$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('link', { name: 'Todos los países en una lista' })).toBeVisible();
	await expect(page.getByRole('slider')).toHaveValue('2000');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/es/country/br is a Spanish page, and its switcher and map links work', async ({
		page
	}) => {
		await page.goto('/es/country/br');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page).toHaveTitle('Brasil · IMT Atlas');
		await expect(page.locator('a.country[data-iso="gb"]')).toHaveAttribute(
			'aria-label',
			/^Reino Unido/
		);
		await page.locator('nav.languages').getByRole('link', { name: 'Italiano' }).click();
		await expect(page).toHaveURL(/\/it\/country\/br$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'it');
		await expect(page.locator('[data-panel="br"]')).toContainText('Brasile');
	});
});

test('/fr/present?tour=history&stop=2 opens the talk at that stop, in French addresses', async ({
	page
}) => {
	await page.goto('/fr/present?tour=history&stop=2');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', '2');
	await expect(page).toHaveURL(/\/fr\/present\?tour=history&stop=2$/);
});

test('the switcher fits a 360 px phone without horizontal scrolling', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await page.goto('/pt/country/br');
	await expect(page.locator('nav.languages a')).toHaveCount(5);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await context.close();
});

test('axe-core finds no violations on /es', async ({ page }) => {
	await page.goto('/es');
	await hydrated(page);
	expect(await violations(page)).toEqual([]);
});

test.describe('an unknown address under a language', () => {
	test.use({ serviceWorkers: 'block' });

	for (const [path, locale, text] of [
		['/fr/nowhere', 'fr', 'Il n’y a pas de page à cette adresse.'],
		['/es/anything-unknown', 'es', 'No hay ninguna página en esta dirección.'],
		['/nowhere', 'en', 'There is no page at this address.']
	] as const)
		test(`${path} answers 404 with the ${locale} not-found page`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('main')).toContainText(text);
		});
});

test('/es/list names the countries in Spanish alphabetical order', async ({ page }) => {
	await page.goto('/es/list');
	const names = await page.locator('.countries .name').allTextContents();
	expect(names).toEqual([...names].sort(new Intl.Collator('es').compare));
	// By Spanish names, not English ones: Reino Unido (United Kingdom) after México.
	expect(names.indexOf('Reino Unido')).toBeGreaterThan(names.indexOf('México'));
});
