import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fitProjection } from '../../src/lib/geo/projection';
import { hydrated } from './helpers';

// Simferopol, in the middle of Crimea.
const SIMFEROPOL: [number, number] = [34.1, 44.95];

/** Where a place is in the map's own units, by the projection the build fits to the world. */
function mapPoint([lon, lat]: [number, number]): [number, number] {
	const topology = JSON.parse(
		readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')
	) as Topology<{ countries: GeometryCollection }>;
	const world = feature(topology, topology.objects.countries) as FeatureCollection;
	// As world.server.ts: Antarctica is not drawn, so the projection is fitted without it.
	const drawn = { ...world, features: world.features.filter((f) => f.id !== '010') };
	return fitProjection(drawn).projection([lon, lat])!;
}

/** The screen position of a map point, through the map's own transforms. */
async function onScreen(page: Page, [x, y]: [number, number]) {
	return page.locator('#shape-ru').evaluate(
		(path: SVGGraphicsElement, [x, y]) => {
			const point = new DOMPoint(x, y).matrixTransform(path.getScreenCTM()!);
			return { x: point.x, y: point.y };
		},
		[x, y]
	);
}

test('Crimea is drawn, named and hovered as part of Ukraine, not Russia', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const [x, y] = mapPoint(SIMFEROPOL);
	const inRussia = await page
		.locator('#shape-ru')
		.evaluate((path: SVGGeometryElement, [x, y]) => path.isPointInFill(new DOMPoint(x, y)), [x, y]);
	expect(inRussia).toBe(false);

	const screen = await onScreen(page, [x, y]);
	await page.mouse.move(screen.x, screen.y);
	const tooltip = page.locator('[data-tooltip]');
	await expect(tooltip).toContainText('Ukraine');
	await expect(tooltip).not.toContainText('Russia');
	// A click there opens no Russian panel.
	await page.mouse.click(screen.x, screen.y);
	await expect(page.locator('[data-panel="ru"]')).toHaveCount(0);
	await expect(page).toHaveURL(/\/$/);
});

test('the sources page says how borders are drawn', async ({ page }) => {
	await page.goto('/sources');
	await expect(page.locator('[data-borders]')).toContainText(
		'borders drawn as the United Nations recognises them'
	);
	await expect(page.locator('[data-borders]')).toContainText('Crimea');
});
