import { expect, test, type Page } from '@playwright/test';
import { hydrated, landed, watchConsole } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

const map = (page: Page) => page.locator('svg[data-map]');
const copy = (page: Page) => page.locator('svg[data-coarse]');

/** Goes to stop `stop` (its number, then Enter) and holds the camera at its flight's first frame. */
async function flyAndHold(page: Page, stop: number) {
	// A number and Enter fly to its stop, whatever parts the stop on screen has left to show.
	await page.keyboard.type(String(stop));
	await page.keyboard.press('Enter');
	// Polled every frame: the flight is caught in the frame it starts and held there.
	await page.waitForFunction(() => {
		const moving = document.querySelector('[data-moving="true"]') !== null;
		if (moving) for (const animation of document.getAnimations()) animation.pause();
		return moving;
	});
}

interface Drawn {
	marks: (string | null)[];
	fill: string;
	stroke: string;
	width: string;
	dashes: string;
	ring: string | null;
}

/** How every dataset country is drawn, on the map or on its coarse copy, as the screen shows it. */
function drawn(
	page: Page,
	which: 'svg[data-map] a.country' | 'svg[data-coarse] g.country'
): Promise<Record<string, Drawn>> {
	return page.locator(which).evaluateAll((countries) =>
		Object.fromEntries(
			countries.map((country) => {
				const style = getComputedStyle(country.querySelector('path')!);
				const ring = country.querySelector('.target');
				const marks = ['data-status', 'data-known', 'data-visited', 'data-named', 'aria-current'];
				return [
					country.getAttribute('data-iso'),
					{
						marks: marks.map((name) => country.getAttribute(name)),
						fill: style.fill,
						stroke: style.stroke,
						width: style.strokeWidth,
						dashes: style.strokeDasharray,
						ring: ring ? getComputedStyle(ring).display : null
					}
				];
			})
		)
	);
}

test.describe('the flight between stops', () => {
	test('in flight a coarse copy stands in for the map, drawn as the map; on landing the map is back', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await page.goto('/present?stop=2');
		await hydrated(page);
		await landed(page);
		await expect(map(page)).toBeVisible();
		await expect(copy(page)).toBeHidden();

		await flyAndHold(page, 3);
		await expect(copy(page)).toBeVisible();
		// Transparent rather than hidden, so that a focused country keeps its focus in flight.
		await expect(map(page)).toHaveCSS('opacity', '0');
		// A picture of the map: nothing in it is read out or reached with Tab.
		await expect(copy(page)).toHaveAttribute('aria-hidden', 'true');
		await expect(copy(page).locator('a, [tabindex], [aria-label]')).toHaveCount(0);
		// The stop the camera flies to is already outlined on both, and both colour alike.
		await expect(copy(page).locator('g.country[aria-current="step"]')).toHaveCount(1);
		const inFlight = await drawn(page, 'svg[data-coarse] g.country');
		expect(Object.keys(inFlight)).toHaveLength(22);
		expect(inFlight).toEqual(await drawn(page, 'svg[data-map] a.country'));
		// Coarser: fewer points to rasterise than the map's own shapes.
		const lengthOf = (svg: SVGSVGElement) =>
			[...svg.querySelectorAll('path')].reduce((n, p) => n + p.getAttribute('d')!.length, 0);
		expect(await copy(page).evaluate(lengthOf)).toBeLessThan(
			(await map(page).evaluate(lengthOf)) / 2
		);

		await page.evaluate(() => document.getAnimations().forEach((a) => a.play()));
		await landed(page);
		await expect(map(page)).toBeVisible();
		await expect(map(page)).toHaveCSS('opacity', '1');
		await expect(copy(page)).toBeHidden();
		expect(await drawn(page, 'svg[data-coarse] g.country')).toEqual(
			await drawn(page, 'svg[data-map] a.country')
		);
		expect(problems).toEqual([]);
	});

	test('a country picked with the keyboard keeps its focus through the flight', async ({
		page
	}) => {
		await page.goto('/present?stop=2');
		await hydrated(page);
		await landed(page);
		const brazil = page.locator('svg[data-map] a.country[data-iso="br"]');
		await brazil.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('[data-moving="true"]') !== null);
		await expect(brazil).toBeFocused();
		await landed(page);
		await expect(brazil).toBeFocused();
	});

	test('in the chronological tour the copy takes each year’s colours', async ({ page }) => {
		await page.goto('/present?tour=history');
		await hydrated(page);
		await landed(page);
		await expect(page.locator('[data-year]')).toHaveText('1964');
		await flyAndHold(page, 2);
		await expect(page.locator('[data-year]')).not.toHaveText('1964');
		// The fills fade from year to year, on both alike: what chooses them is compared here.
		const marksOf = async (which: Parameters<typeof drawn>[1]) =>
			Object.fromEntries(
				Object.entries(await drawn(page, which)).map(([iso2, d]) => [iso2, d.marks])
			);
		const inFlight = await marksOf('svg[data-coarse] g.country');
		expect(Object.values(inFlight).some(([status]) => status !== 'none')).toBe(true);
		expect(inFlight).toEqual(await marksOf('svg[data-map] a.country'));
	});

	test.describe('with reduced motion', () => {
		test.use({ reducedMotion: 'reduce' });

		test('the camera cuts and the copy never shows', async ({ page }) => {
			await page.goto('/present?stop=2');
			await hydrated(page);
			await page.keyboard.type('3');
			await page.keyboard.press('Enter');
			await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', '3');
			await expect(page.locator('[data-moving]')).toHaveAttribute('data-moving', 'false');
			await expect(copy(page)).toBeHidden();
			await expect(map(page)).toBeVisible();
		});
	});

	test('the home page does not load the copy', async ({ page }) => {
		const home = await (await page.request.get('/')).text();
		expect(home).toContain('data-geo="countries"');
		expect(home).not.toContain('data-coarse');
		const talk = await (await page.request.get('/present')).text();
		expect(talk).toContain('data-coarse');
	});
});
