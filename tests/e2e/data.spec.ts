import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { afterOneVisitOffline, hydrated, watchConsole } from './helpers';

const LOCALES = ['', '/es', '/pt', '/fr', '/it'];

test('the CSV opens as a spreadsheet would read it: UTF-8 with BOM, RFC 4180, a row per country', async ({
	request
}) => {
	const response = await request.get('/data/imt-atlas.csv');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/);
	const bytes = await response.body();
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const records: Record<string, string>[] = parse(bytes.toString('utf8'), {
		bom: true,
		columns: true,
		relax_quotes: false
	});
	expect(records).toHaveLength(22);
	const france = records.find((r) => r.iso2 === 'fr')!;
	expect(france.name).toBe('France');
	expect(france.organisations).toContain('Révolution');
	expect(france.licence).toBe('CC BY-SA 4.0');
	expect(france.attribution).toContain(
		'https://en.wikipedia.org/wiki/International_Marxist_Tendency'
	);
	expect(records.find((r) => r.iso2 === 'gb')!.last_event_date).toBe('early 1992');
});

test('the JSON carries the whole dataset, its sources, licence and build date', async ({
	request
}) => {
	const data = await (await request.get('/data/imt-atlas.json')).json();
	expect(data.countries).toHaveLength(22);
	expect(data.licence.name).toBe('CC BY-SA 4.0');
	expect(data.sources[0].url).toBe('https://en.wikipedia.org/wiki/International_Marxist_Tendency');
	expect(data.built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	expect(data.attribution).toContain('Wikipedia contributors');
});

test('the home page, the list and the sources page link the data files in every language', async ({
	request
}) => {
	// The served HTML is enough: the links are plain anchors, the same with JavaScript off.
	for (const prefix of LOCALES) {
		for (const path of ['', '/list', '/sources']) {
			const html = await (await request.get(`${prefix}${path}` || '/')).text();
			for (const kind of ['csv', 'json'])
				expect(html, `${prefix}${path} ${kind}`).toMatch(
					new RegExp(`<a href="/data/imt-atlas\\.${kind}" download[^>]*data-download="${kind}"`)
				);
		}
	}
});

test('cite this: the citations copy to the clipboard and say so', async ({ page, context }) => {
	const problems = watchConsole(page);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/sources');
	await hydrated(page);
	const cite = page.locator('section.cite');
	await expect(cite).toContainText('Wikipedia contributors, “International Marxist Tendency”');
	await expect(cite).toContainText('3–4 May 2019');
	// Once the page runs, the atlas's citation names its own address.
	await expect(cite).toContainText(
		`IMT Atlas: the International Marxist Tendency on a map. ${new URL(page.url()).origin}/`
	);
	await cite.getByRole('button', { name: 'Copy: BibTeX' }).click();
	await expect(cite.getByRole('status').nth(2)).toHaveText('Copied: BibTeX.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain('@misc{wikipedia-imt,');
	expect(copied).toContain('author = {Wikipedia contributors}');
	// axe-core checks the sources page, citations included, in a11y.spec.ts.
	expect(problems).toEqual([]);
});

test('cite this: where the clipboard is refused, the text is selected and the reader told', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }
		});
	});
	await page.goto('/es/sources');
	await hydrated(page);
	const cite = page.locator('section.cite');
	await cite.getByRole('button', { name: 'Copiar: Su fuente' }).click();
	await expect(cite.getByRole('status').nth(1)).toContainText('El navegador no permitió copiar');
	const selected = await page.evaluate(() => getSelection()?.toString());
	expect(selected).toContain('Colaboradores de Wikipedia, «International Marxist Tendency»');
});

test('without JavaScript the citations are there to select, without a dead Copy button', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/fr/sources');
	const cite = page.locator('section.cite');
	await expect(cite).toContainText('@misc{wikipedia-imt');
	await expect(cite.getByRole('button')).toHaveCount(0);
	await context.close();
});

test('the data files are there offline after one visit', async ({ page }) => {
	test.slow();
	await afterOneVisitOffline(page, async (url) => {
		const body = await page.evaluate(
			async (at) => (await fetch(at)).text(),
			`${url}/data/imt-atlas.csv`
		);
		expect(body.split('\r\n')[0]).toContain('iso2,name,status');
		const json = await page.evaluate(
			async (at) => (await fetch(at)).json(),
			`${url}/data/imt-atlas.json`
		);
		expect(json.countries).toHaveLength(22);
	});
});
