import { expect, test, type Locator, type Page } from '@playwright/test';
import { countryPoint, hydrated, watchConsole } from './helpers';

const PHONES = [
	{ width: 360, height: 740 },
	{ width: 390, height: 844 }
];

/** The part of the screen an element's box covers: its top and bottom, in screen pixels. */
async function onScreen(locator: Locator): Promise<{ top: number; bottom: number }> {
	const box = await locator.boundingBox();
	expect(box, 'no box').not.toBeNull();
	return { top: box!.y, bottom: box!.y + box!.height };
}

async function tapCountry(page: Page, iso2: string): Promise<void> {
	const { x, y } = await countryPoint(page, iso2);
	await page.touchscreen.tap(x, y);
}

for (const screen of PHONES) {
	test.describe(`on a ${screen.width}×${screen.height} touch phone`, () => {
		test.use({ viewport: screen, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });

		test('a tapped country and the start of its panel are seen together; the close control stays in sight while reading; closing returns to the map', async ({
			page
		}) => {
			const problems = watchConsole(page);
			await page.goto('/');
			await hydrated(page);
			await tapCountry(page, 'br');
			const heading = page.locator('[data-panel="br"] h1');
			await expect(heading).toBeFocused();
			const title = await onScreen(heading);
			const shape = await onScreen(page.locator('#shape-br'));
			expect(shape.top).toBeGreaterThanOrEqual(0);
			expect(title.bottom).toBeLessThanOrEqual(screen.height);

			// Reading far down the panel, the close control is still at the top of the screen.
			await page.evaluate(() => window.scrollBy(0, 1500));
			const close = page.getByRole('link', { name: 'Close the Brazil panel' });
			const control = await onScreen(close);
			expect(control.top).toBeGreaterThanOrEqual(0);
			expect(control.bottom).toBeLessThanOrEqual(screen.height);
			const box = (await close.boundingBox())!;
			await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);

			await expect(page).toHaveURL(/\/$/);
			await expect(page.locator('a.country[data-iso="br"]')).toBeFocused();
			await expect
				.poll(async () => (await onScreen(page.locator('#map'))).top)
				.toBeGreaterThanOrEqual(-1);
			expect((await onScreen(page.locator('#shape-br'))).bottom).toBeLessThanOrEqual(screen.height);
			expect(problems).toEqual([]);
		});

		for (const javaScriptEnabled of [true, false]) {
			test(`a shared country link opens with its panel in the first screen${javaScriptEnabled ? '' : ', without JavaScript'}`, async ({
				browser
			}) => {
				const context = await browser.newContext({
					viewport: screen,
					hasTouch: true,
					isMobile: true,
					javaScriptEnabled
				});
				const page = await context.newPage();
				await page.goto('/country/br');
				const summary = await onScreen(page.locator('[data-panel="br"] .summary'));
				expect((await onScreen(page.locator('[data-panel="br"] h1'))).top).toBeGreaterThan(0);
				expect(summary.top).toBeLessThan(screen.height);
				await context.close();
			});
		}

		for (const path of ['/list', '/about', '/sources']) {
			test(`${path} puts its content before the map`, async ({ page }) => {
				await page.goto(path);
				const heading = await onScreen(page.locator('.side h1').first());
				expect(heading.bottom).toBeLessThan(screen.height / 2);
				expect(heading.bottom).toBeLessThan((await onScreen(page.locator('#map'))).top);
			});
		}
	});
}

test.describe('on a phone turned sideways (740×360)', () => {
	test.use({
		viewport: { width: 740, height: 360 },
		hasTouch: true,
		isMobile: true,
		reducedMotion: 'reduce'
	});

	test('a panel that opens below the screen is scrolled to its start', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		// The reader scrolls the map, which fills the screen, into view and taps.
		await page.locator('#map').evaluate((map) => map.scrollIntoView());
		await tapCountry(page, 'br');
		const heading = page.locator('[data-panel="br"] h1');
		await expect(heading).toBeFocused();
		await expect.poll(async () => (await onScreen(heading)).top).toBeLessThan(80);
		expect((await onScreen(heading)).top).toBeGreaterThanOrEqual(0);
	});
});

for (const touch of [true, false]) {
	test.describe(`the hints ${touch ? 'on a touch phone' : 'at a desk'}`, () => {
		test.use(
			touch
				? { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true }
				: { viewport: { width: 1280, height: 800 } }
		);

		test(`speak of ${touch ? 'taps' : 'keys and hovering'}, from the first paint`, async ({
			page
		}) => {
			await page.goto('/');
			const slider = page.locator('[data-timeline] .hint');
			const map = page.locator('.map-note');
			if (touch) {
				await expect(slider.getByText(/Drag the slider/)).toBeVisible();
				await expect(slider.getByText(/Arrow keys/)).toBeHidden();
				await expect(map.getByText('Tap a country to open it.')).toBeVisible();
				await expect(map.getByText(/Hover/)).toBeHidden();
			} else {
				await expect(slider.getByText(/Arrow keys step a year/)).toBeVisible();
				await expect(slider.getByText(/Drag the slider/)).toBeHidden();
				await expect(map.getByText(/Hover or Tab to a country/)).toBeVisible();
				await expect(map.getByText(/Tap a country/)).toBeHidden();
			}
		});

		test(`the talk's help names ${touch ? 'swipes and taps' : 'each key in a kbd element'}`, async ({
			page
		}) => {
			await page.goto('/present');
			await hydrated(page);
			await page.keyboard.press('?');
			const help = page.locator('[data-help]');
			await expect(help).toBeVisible();
			if (touch) {
				await expect(help.getByRole('heading', { name: 'Touch' })).toBeVisible();
				await expect(help.locator('[data-help-touch]')).toContainText('Swipe left');
				await expect(help.locator('[data-help-touch]')).toContainText('Tap a country');
				await expect(help.locator('[data-help-keys]')).toBeHidden();
			} else {
				await expect(help.getByRole('heading', { name: 'Keys' })).toBeVisible();
				await expect(help.locator('[data-help-touch]')).toBeHidden();
				const keys = await help.locator('[data-help-keys] kbd').allTextContents();
				for (const key of ['→', 'Space', 'PageDown', 'Home', 'End', 'Enter', 'F', '?', 'Escape'])
					expect(keys).toContain(key);
				await expect(help.locator('[data-help-keys] dt').first()).toHaveText(
					/^→\s*↓\s*Space\s*PageDown\s*Enter$/
				);
			}
		});
	});
}
