import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../scripts/serve.js';
import { afterOneVisitOffline, controlled, hydrated, watchConsole } from './helpers';

// Offline means the server is gone: these tests start their own, then stop it. Playwright's
// setOffline has not always covered service workers.

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

const buildVersion = (): string =>
	JSON.parse(readFileSync('build/_app/version.json', 'utf8')).version;

test('after one visit of the home page, the whole atlas works with the server gone', async ({
	page
}) => {
	const problems = watchConsole(page);
	await afterOneVisitOffline(page, async (url) => {
		await expect(fetch(url)).rejects.toThrow();

		// A country page never visited, straight from the cache.
		await page.goto(`${url}/country/pk`);
		await expect(page.locator('[data-panel="pk"]')).toContainText('Lal Salaam');
		await hydrated(page);

		await page.goto(`${url}/list`);
		await expect(page.locator('table.countries a')).toHaveCount(22);
		await hydrated(page);
		// Client-side navigation loads the country route's code from the cache too.
		await page.locator('table.countries a', { hasText: 'Italy' }).click();
		await expect(page.locator('[data-panel="it"]')).toContainText('Sinistra classe rivoluzione');

		// The query is read in the browser: the cached page serves it.
		await page.goto(`${url}/country/br?year=abc`);
		await expect(page.locator('[data-panel="br"]')).toBeVisible();

		const response = await page.goto(`${url}/no/such/page`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
		await hydrated(page);
		await page.getByRole('link', { name: 'Back to the map' }).click();
		await expect(page.locator('svg[data-map] a.country')).toHaveCount(22);
		// The offline 404 navigations log their status, as any 404 page does.
		expect(problems.filter((text) => !/status of 404/.test(text))).toEqual([]);
	});
});

test('a new build replaces the old cache, leaving no mix of versions', async ({ page }) => {
	const version = buildVersion();
	const next = mkdtempSync(join(tmpdir(), 'imt-atlas-next-'));
	const servers: { close: () => Promise<void> }[] = [];
	try {
		// The next build, as far as the browser can tell: a service worker with another version.
		cpSync('build', next, { recursive: true });
		const worker = join(next, 'service-worker.js');
		writeFileSync(worker, readFileSync(worker, 'utf8').replaceAll(version, `${version}-next`));

		const first = await serve({ root: 'build', port: 0 });
		servers.push(first);
		await page.goto(`${first.url}/`);
		await controlled(page);
		expect(await cacheNames(page)).toEqual([`imt-atlas-${version}`]);
		await first.close();
		servers.pop();

		// Same origin, new deployment.
		const second = await serve({ root: next, port: Number(new URL(first.url).port) });
		servers.push(second);
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		// Chromium takes a few seconds to fetch, install and activate an updated worker.
		await expect
			.poll(() => cacheNames(page), { timeout: 15_000 })
			.toEqual([`imt-atlas-${version}-next`]);
		await page.reload();
		await expect(page.locator('svg[data-map] a.country')).toHaveCount(22);
	} finally {
		for (const server of servers) await server.close();
		rmSync(next, { recursive: true, force: true });
	}
});
