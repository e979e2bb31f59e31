import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

/** The screen point of a country's shape lowest on the map, a few pixels inside it. */
async function lowestPointOf(page: Page, iso2: string): Promise<{ x: number; y: number }> {
	return page.evaluate((iso2) => {
		const svg = document.querySelector<SVGSVGElement>('svg[data-map]')!;
		const shape = svg.querySelector<SVGPathElement>(`a.country[data-iso="${iso2}"] path`)!;
		const box = shape.getBBox();
		const inside = (x: number, y: number) => shape.isPointInFill(new DOMPoint(x, y));
		for (let y = box.y + box.height; y > box.y; y -= 1)
			for (let x = box.x; x < box.x + box.width; x += 1)
				if (inside(x, y) && inside(x, y - 6) && inside(x + 3, y - 3) && inside(x - 3, y - 3)) {
					const p = new DOMPoint(x, y - 3).matrixTransform(svg.getScreenCTM()!);
					return { x: p.x, y: p.y };
				}
		throw new Error(`no point in ${iso2}`);
	}, iso2);
}

for (const { width, height } of [
	{ width: 1280, height: 800 },
	{ width: 1024, height: 768 }
]) {
	test(`at ${width}x${height} the tooltip of a country at the bottom edge stays inside the map`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await hydrated(page);
		const map = (await page.locator('svg[data-map]').boundingBox())!;
		// Argentina reaches down to Tierra del Fuego, the lowest dataset land on the map.
		const { x, y } = await lowestPointOf(page, 'ar');
		expect(y).toBeGreaterThan(map.y + map.height * 0.85);
		await page.mouse.move(x, y);
		const tooltip = page.locator('[data-tooltip]');
		await expect(tooltip).toContainText('Argentina');
		const box = (await tooltip.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
		expect(box.y).toBeGreaterThanOrEqual(map.y);
		expect(box.x).toBeGreaterThanOrEqual(map.x);
		expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
		// Above the pointer, not over it.
		expect(box.y + box.height).toBeLessThanOrEqual(y);
	});
}

// A card's size changes with its text: a period's note at a year, or "no organisation named" on a
// country outside the dataset, made a card wider than the fixed estimate placement once assumed,
// and at 1024x768 it ran past the map's right edge, cut off.
for (const address of ['/', '/?year=1992']) {
	test(`at 1024x768 on ${address} every card shown over a country stays inside the map`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1024, height: 768 });
		await page.goto(address);
		await hydrated(page);
		const frame = (await page.locator('svg[data-map]').boundingBox())!;
		const tooltip = page.locator('[data-tooltip]');
		const shapes = page.locator('svg[data-map] a.country[data-iso] path');
		let shown = 0;
		for (const shape of await shapes.all()) {
			const box = await shape.boundingBox();
			if (!box || box.width < 4) continue;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			if (!(await tooltip.isVisible())) continue;
			shown += 1;
			const card = (await tooltip.boundingBox())!;
			const where = `${await tooltip.innerText()} at ${Math.round(card.x)},${Math.round(card.y)}`;
			expect(card.x, where).toBeGreaterThanOrEqual(frame.x);
			expect(card.y, where).toBeGreaterThanOrEqual(frame.y);
			expect(card.x + card.width, where).toBeLessThanOrEqual(frame.x + frame.width);
			expect(card.y + card.height, where).toBeLessThanOrEqual(frame.y + frame.height);
		}
		expect(shown).toBeGreaterThan(15);
	});
}
