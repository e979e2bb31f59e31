import { expect, test, type Page } from '@playwright/test';
import { hydrated, watchConsole } from './helpers';

const map = (page: Page) => page.locator('svg[data-map]');

/** Waits until zoom has loaded (after hydration, when the browser is idle). */
async function zoomReady(page: Page): Promise<void> {
	await hydrated(page);
	await expect(map(page)).toHaveAttribute('data-zoomed', 'out');
}

/** The on-screen box of a country's shape. */
async function boxOf(page: Page, iso2: string) {
	const box = await page.locator(`a.country[data-iso="${iso2}"] path`).first().boundingBox();
	expect(box).not.toBeNull();
	return box!;
}

/** A point well inside a country's shape as drawn now, on the visible map, in viewport pixels. */
async function pointIn(page: Page, iso2: string): Promise<{ x: number; y: number }> {
	return page.evaluate((iso2) => {
		const shape = document.querySelector<SVGPathElement>(`a.country[data-iso="${iso2}"] path`)!;
		const frame = shape.closest('svg')!.getBoundingClientRect();
		const box = shape.getBBox();
		const matrix = shape.getScreenCTM()!;
		const inside = (x: number, y: number) => shape.isPointInFill(new DOMPoint(x, y));
		const candidates: { x: number; y: number }[] = [];
		for (let x = box.x; x < box.x + box.width; x += box.width / 40)
			for (let y = box.y; y < box.y + box.height; y += box.height / 40) {
				const p = new DOMPoint(x, y).matrixTransform(matrix);
				const visible =
					p.x > Math.max(frame.left, 0) + 50 &&
					p.x < Math.min(frame.right, innerWidth) - 10 &&
					p.y > Math.max(frame.top, 0) + 10 &&
					p.y < Math.min(frame.bottom, innerHeight) - 50;
				if (visible && [-3, 0, 3].every((d) => inside(x + d, y) && inside(x, y + d)))
					candidates.push({ x: p.x, y: p.y });
			}
		return candidates[Math.floor(candidates.length / 2)]!;
	}, iso2);
}

test.describe('zoom on a touch phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	/** Two fingers moving apart (or together) about a point, through the DevTools protocol. */
	async function pinch(page: Page, centre: { x: number; y: number }, from: number, to: number) {
		const cdp = await page.context().newCDPSession(page);
		const fingers = (d: number) => [
			{ x: centre.x - d, y: centre.y, id: 0 },
			{ x: centre.x + d, y: centre.y, id: 1 }
		];
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
		for (let i = 1; i <= 8; i++)
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: fingers(from + ((to - from) * i) / 8)
			});
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await cdp.detach();
	}

	/** One finger from `start` to `end`. */
	async function drag(page: Page, start: { x: number; y: number }, end: { x: number; y: number }) {
		const cdp = await page.context().newCDPSession(page);
		const at = (t: number) => [
			{ x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t }
		];
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
		for (let i = 1; i <= 8; i++)
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / 8) });
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await cdp.detach();
	}

	test('a finger moving over the map shows no hover card', async ({ page }) => {
		await page.goto('/');
		await zoomReady(page);
		const start = await pointIn(page, 'br');
		const cdp = await page.context().newCDPSession(page);
		const at = (dx: number) => [{ x: start.x + dx, y: start.y }];
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
		for (let dx = 4; dx <= 24; dx += 4)
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(dx) });
		// Still pressed: a card would show now, over Brazil, saying "Click for details". Read
		// once, not waited for: a card shown and then hidden would pass a wait.
		const card = page.locator('[data-tooltip]');
		expect(await card.getAttribute('data-idle')).toBe('');
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await cdp.detach();
		// A mouse on the same touch screen still gets its card.
		await page.mouse.move(start.x, start.y);
		await page.mouse.move(start.x + 2, start.y);
		await expect(card).not.toHaveAttribute('data-idle');
		await expect(card).toContainText(/Brazil/);
	});

	test('a pinch zooms, a drag pans, reset restores, and a tap still opens a country', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await page.goto('/');
		await zoomReady(page);
		const before = await boxOf(page, 'fr');
		const ringBefore = await page.locator('a.country[data-iso="nl"] circle.target').boundingBox();
		const centre = await pointIn(page, 'fr');

		await pinch(page, centre, 20, 100);
		const zoomed = await boxOf(page, 'fr');
		expect(zoomed.width).toBeGreaterThan(before.width * 2.5);
		await expect(map(page)).toHaveAttribute('data-zoomed', 'in');
		// Rings keep their size on screen.
		const ringZoomed = await page.locator('a.country[data-iso="nl"] circle.target').boundingBox();
		expect(Math.abs(ringZoomed!.width - ringBefore!.width)).toBeLessThan(2);
		// The pinch opened nothing.
		await expect(page.locator('[data-panel]')).toHaveCount(0);

		const svgBox = (await map(page).boundingBox())!;
		const middle = { x: svgBox.x + svgBox.width / 2, y: svgBox.y + svgBox.height / 2 };
		await drag(page, middle, { x: middle.x + 60, y: middle.y + 20 });
		const panned = await boxOf(page, 'fr');
		expect(panned.x - zoomed.x).toBeGreaterThan(40);
		expect(panned.width).toBeCloseTo(zoomed.width, 0);
		// A drag is not a tap: no panel.
		await expect(page.locator('[data-panel]')).toHaveCount(0);

		// A tap on a country of the zoomed map opens it.
		const spain = await pointIn(page, 'es');
		await page.touchscreen.tap(spain.x, spain.y);
		await expect(page.locator('[data-panel="es"]')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-panel]')).toHaveCount(0);

		await page.evaluate(() => window.scrollTo(0, 0));
		await page.getByRole('button', { name: 'Reset zoom' }).tap();
		const reset = await boxOf(page, 'fr');
		expect(reset.width).toBeCloseTo(before.width, 0);
		expect(reset.x).toBeCloseTo(before.x, 0);
		await expect(map(page)).toHaveAttribute('data-zoomed', 'out');
		expect(problems).toEqual([]);
	});

	test('a double-tap opens a country and leaves the map unzoomed', async ({ page }) => {
		await page.goto('/');
		await zoomReady(page);
		const brazil = await pointIn(page, 'br');
		await page.touchscreen.tap(brazil.x, brazil.y);
		await expect(page.locator('[data-panel="br"]')).toBeVisible();
		// The page scrolls the panel into view, so the second tap may land on a neighbour: what
		// matters is that it opens a country and does not zoom the world.
		await page.touchscreen.tap(brazil.x, brazil.y);
		await expect(page.locator('[data-panel]')).toHaveCount(1);
		await expect(map(page)).toHaveAttribute('data-zoomed', 'out');
		// No zoom step ran at all (each step writes the scale it reached).
		expect(await map(page).evaluate((svg) => svg.style.getPropertyValue('--zoom-k'))).toBe('');
	});
});

test.describe('zoom on a desktop', () => {
	test('ctrl-wheel zooms the map; a plain wheel scrolls the page', async ({ page }) => {
		await page.setViewportSize({ width: 1024, height: 768 });
		await page.goto('/');
		// With a mouse, zoom's code loads on first use: the first ctrl-wheel zooms all the same.
		await hydrated(page);
		const before = await boxOf(page, 'br');
		const brazil = await pointIn(page, 'br');
		await page.mouse.move(brazil.x, brazil.y);

		await page.mouse.wheel(0, 300);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		expect((await boxOf(page, 'br')).width).toBeCloseTo(before.width, 0);

		await page.evaluate(() => window.scrollTo(0, 0));
		await page.mouse.move(brazil.x, brazil.y);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -200);
		await page.keyboard.up('Control');
		await expect
			.poll(async () => (await boxOf(page, 'br')).width)
			.toBeGreaterThan(before.width * 1.5);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
	});

	test('the zoom buttons work from the keyboard, and a click after zooming opens a country', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto('/');
		await hydrated(page);
		const before = await boxOf(page, 'fr');
		const zoomIn = page.getByRole('button', { name: 'Zoom in' });
		await zoomIn.focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		await expect
			.poll(async () => (await boxOf(page, 'fr')).width)
			.toBeGreaterThan(before.width * 3.5);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Zoom out' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect.poll(async () => (await boxOf(page, 'fr')).width).toBeLessThan(before.width * 2.5);

		const brazil = await pointIn(page, 'br');
		await page.mouse.click(brazil.x, brazil.y);
		await expect(page.locator('[data-panel="br"]')).toBeVisible();

		await page.getByRole('button', { name: 'Reset zoom' }).click();
		expect((await boxOf(page, 'fr')).width).toBeCloseTo(before.width, 0);
	});
});
