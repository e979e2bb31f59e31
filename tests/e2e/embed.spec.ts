import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, violations, watchConsole } from './helpers';

// A page of another site, on another origin (a port of its own), that frames what it is told.
let host: Server;
let hostUrl = '';

test.beforeAll(async () => {
	host = createServer((req, res) => {
		const src = new URL(req.url ?? '/', 'http://host').searchParams.get('src') ?? '';
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><title>Another site</title><h1>Another site</h1>` +
				`<iframe src="${src.replace(/"/g, '&quot;')}" title="IMT Atlas" width="1000" height="700"></iframe>`
		);
	});
	// Any free port: each worker running this file has a host of its own.
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	const address = host.address();
	hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

const framing = (page: Page, src: string) =>
	page.goto(`${hostUrl}/?src=${encodeURIComponent(src)}`);

test('another site frames the embed; a click on a country opens its panel inside the frame', async ({
	page,
	baseURL
}) => {
	test.slow();
	const problems = watchConsole(page);
	await framing(page, `${baseURL}/embed?year=2010`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('svg[data-map] a.country')).toHaveCount(22);
	const inner = page.frames().find((f) => f.url().includes('/embed'))!;
	await inner.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect(frame.getByRole('slider')).toHaveValue('2010');
	await frame.locator('a.country[data-iso="br"] path').click();
	await expect(frame.locator('[data-panel="br"]')).toContainText('Esquerda Marxista');
	expect(inner.url()).toMatch(/\/embed\/country\/br\?year=2010$/);
	// The link out opens the same view in the atlas, in a new tab.
	const open = frame.locator('a[data-open-atlas]');
	await expect(open).toHaveAttribute('href', '/country/br?year=2010');
	await expect(open).toHaveAttribute('target', '_blank');
	// The compact panel: no events, and its citations open the atlas in a new tab too.
	await expect(frame.locator('[data-panel="br"] h2')).toHaveCount(1);
	await expect(frame.locator('[data-panel="br"] .cite a').first()).toHaveAttribute(
		'target',
		'_blank'
	);
	await expect(frame.locator('footer.site')).toContainText('CC BY-SA 4.0');
	expect(problems).toEqual([]);
});

test('the embed in Spanish, one country at a time', async ({ page, baseURL }) => {
	await framing(page, `${baseURL}/es/embed/country/mx`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('[data-panel="mx"] h1')).toHaveText('México');
	await expect(frame.locator('a[data-open-atlas]')).toHaveText('Abrir en IMT Atlas →');
	await expect(frame.locator('a[data-open-atlas]')).toHaveAttribute('href', '/es/country/mx');
	await expect(frame.locator('html')).toHaveAttribute('lang', 'es');
});

test("the embed's pages name the icon's file; the atlas's carry the icon", async ({ request }) => {
	const icon = async (path: string) =>
		/<link rel="icon" href="([^"]*)"/.exec(await (await request.get(path)).text())?.[1];
	for (const path of ['/embed', '/embed/country/br', '/es/embed', '/it/embed/country/it'])
		expect(await icon(path), path).toBe('/favicon.png');
	for (const path of ['/', '/country/br', '/es/list'])
		expect(await icon(path), path).toMatch(/^data:image\/png;base64,/);
	expect((await request.get('/favicon.png')).ok()).toBe(true);
});

test('the rest of the atlas refuses to be framed', async ({ page, baseURL, request }) => {
	for (const path of ['/', '/country/br', '/es/list']) {
		const csp = (await request.get(path)).headers()['content-security-policy'];
		expect(csp, path).toContain("frame-ancestors 'none'");
	}
	for (const path of ['/embed', '/embed/country/br', '/fr/embed', '/it/embed/country/it']) {
		const csp = (await request.get(path)).headers()['content-security-policy'];
		expect(csp, path).toContain('frame-ancestors *');
		expect(csp, path).not.toContain("'none'; object-src 'none'; base-uri 'self'; frame-ancestors");
		// The same policy as everywhere else, but for who may frame it.
		const site = (await request.get('/')).headers()['content-security-policy'];
		expect(csp?.replace('frame-ancestors *', "frame-ancestors 'none'"), path).toBe(site);
	}
	await framing(page, `${baseURL}/country/br`);
	const frame = page.frames().find((f) => f !== page.mainFrame())!;
	// Refused, the frame holds the browser's error page, never the atlas.
	await expect.poll(async () => frame.locator('a.country').count()).toBe(0);
	await page.waitForTimeout(500);
	expect(await frame.locator('[data-panel="br"]').count()).toBe(0);
});

test('without JavaScript the embed shows the map, and a country link opens its panel in the frame', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await framing(page, `${baseURL}/embed`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('svg[data-map] a.country')).toHaveCount(22);
	await expect(frame.locator('section.legend')).toBeVisible();
	await frame.locator('a.country[data-iso="it"] path').click();
	await expect(frame.locator('[data-panel="it"]')).toContainText('Sinistra classe rivoluzione');
	await expect(frame.locator('a.country[data-iso="it"]')).toHaveAttribute('aria-current', 'page');
	await context.close();
});

test('the atlas offers the iframe snippet for the view and the open country', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/country/br?year=2010');
	await hydrated(page);
	const embed = page.locator('details.embed-snippet');
	await embed.locator('summary').click();
	const blocks = embed.locator('pre');
	await expect(blocks.nth(0)).toHaveText(
		`<iframe src="${baseURL}/embed/country/br?year=2010" title="IMT Atlas: Brazil" width="100%" height="640" loading="lazy" style="border: 0; max-width: 960px"></iframe>`
	);
	await expect(blocks.nth(1)).toContainText(`src="${baseURL}/embed?year=2010"`);
	await embed.getByRole('button', { name: 'Copy: Brazil, its panel open' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/embed/country/br');
});

test('the embed passes axe-core, with a country open', async ({ page }) => {
	test.slow();
	await page.goto('/embed/country/br?year=2010');
	await hydrated(page);
	expect(await violations(page)).toEqual([]);
});
