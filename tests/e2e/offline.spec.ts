import { createServer } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Serves the build, and a page of another site (`localhost`, where the atlas is `127.0.0.1`)
 * that frames its Italian embed; runs `framed` with the atlas's server and the host's address.
 */
async function framedByAnotherSite(
	framed: (atlas: { close: () => Promise<void> }, hostUrl: string) => Promise<void>
): Promise<void> {
	const atlas = await serve({ root: 'build', port: 0 });
	const host = createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><title>Another site</title><h1>Another site</h1>` +
				`<iframe src="${atlas.url}/it/embed?year=2010" title="IMT Atlas" width="1000" height="700"></iframe>`
		);
	});
	await new Promise<void>((done) => host.listen(0, done));
	const address = host.address();
	let closed = false;
	try {
		await framed(
			{ close: () => ((closed = true), atlas.close()) },
			`http://localhost:${typeof address === 'object' && address ? address.port : 0}/`
		);
	} finally {
		if (!closed) await atlas.close();
		// The framing page's connection stays open under an offline browser: cut it.
		host.closeAllConnections();
		await new Promise<void>((done) => host.close(() => done()));
	}
}

/** The framed embed, once hydrated: a click on Brazil opens its panel, in Italian. */
async function embedWorks(page: Page): Promise<void> {
	const inner = page.frames().find((f) => f.url().includes('/embed'))!;
	const framed = page.frameLocator('iframe');
	await expect(framed.locator('svg[data-map] a.country')).toHaveCount(22);
	await inner.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect(framed.getByRole('slider')).toHaveValue('2010');
	await framed.locator('a.country[data-iso="br"] path').click();
	await expect(framed.locator('[data-panel="br"]')).toContainText('Esquerda Marxista');
	await expect(framed.locator('html')).toHaveAttribute('lang', 'it');
}

test('framed by another site where the browser blocks third-party storage, the embed works online and says nothing of the refused worker', async ({
	page
}) => {
	// Playwright's contexts block third-party cookies, as private windows do: the browser refuses
	// a service worker to a frame on another site.
	const problems = watchConsole(page);
	await framedByAnotherSite(async (_, hostUrl) => {
		await page.goto(hostUrl);
		await embedWorks(page);
		const inner = page.frames().find((f) => f.url().includes('/embed'))!;
		await expect(inner.evaluate(() => navigator.serviceWorker.getRegistration())).rejects.toThrow(
			/denied permission/
		);
		expect(problems).toEqual([]);
	});
});

test('framed by another site where third-party storage is allowed, the embed works offline after one visit', async ({
	playwright,
	launchOptions
}) => {
	test.slow();
	// A profile of its own, with third-party cookies allowed as a browser's default profile has
	// them: the frame's worker and caches are then partitioned under the host site.
	const profile = mkdtempSync(join(tmpdir(), 'imt-atlas-profile-'));
	mkdirSync(join(profile, 'Default'));
	writeFileSync(
		join(profile, 'Default', 'Preferences'),
		JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } })
	);
	const context = await playwright.chromium.launchPersistentContext(profile, launchOptions);
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const problems = watchConsole(page);
		await framedByAnotherSite(async (atlas, hostUrl) => {
			await page.goto(hostUrl);
			const inner = page.frames().find((f) => f.url().includes('/embed'))!;
			await inner.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			await inner.evaluate(() => navigator.serviceWorker.ready);
			await inner.waitForFunction(() => navigator.serviceWorker.controller !== null);
			// Only the embed's pages are cached in another site's partition, never the atlas's.
			const cached = await inner.evaluate(async () =>
				(await caches.open((await caches.keys())[0]!).then((c) => c.keys())).map(
					(r) => new URL(r.url).pathname
				)
			);
			expect(cached).toContain('/it/embed');
			expect(cached).not.toContain('/country/br');

			// No network, and no atlas: only the frame's service worker can answer.
			await context.setOffline(true);
			await atlas.close();
			await inner.goto(inner.url());
			await embedWorks(page);
			expect(problems).toEqual([]);
		});
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
