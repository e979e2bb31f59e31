import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, violations, watchConsole } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

/** Records every CSP violation the page reports, in the page and on the console. */
async function watchCsp(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportCspViolation: (v: string) => void })
				.reportCspViolation;
			report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`);
		});
	});
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

/** A colour of the presentation's theme, as its stylesheet writes it. */
const cssVariable = (page: Page, name: string) =>
	page
		.locator('[data-present]')
		.evaluate((e, name) => getComputedStyle(e).getPropertyValue(name).trim(), name);

/** Opens a presentation with its help (and the export buttons) showing, the camera landed. */
async function openHelp(page: Page, query: string) {
	await page.goto(`/present${query}`);
	await hydrated(page);
	await page.waitForFunction(() => document.getAnimations().length === 0);
	await page.keyboard.press('?');
	await openTools(page);
}

/** Unfolds the help's saving tools, folded by default so the keys fit a short screen. */
async function openTools(page: Page) {
	const tools = page.locator('[data-help-tools]');
	if (!(await tools.evaluate((e) => (e as HTMLDetailsElement).open)))
		await tools.locator('summary').click();
	await expect(page.locator('[data-export]')).toBeVisible();
}

/** Presses an export button (by click or by keyboard); the downloaded file's name and bytes. */
async function exportAs(page: Page, format: string, by: 'click' | 'keyboard' = 'click') {
	await openTools(page);
	const button = page.locator(`[data-export] [data-format="${format}"]`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		by === 'click' ? button.click() : button.focus().then(() => page.keyboard.press('Enter'))
	]);
	const bytes = await readFile((await download.path())!);
	await expect(page.locator('[data-export-status]')).toContainText(download.suggestedFilename());
	return { name: download.suggestedFilename(), bytes };
}

/**
 * The SVG as the browser's XML parser reads it, in a blank page of its own: the file's <style>
 * would otherwise meet the presentation's policy, as no image or download of it ever does.
 */
async function parseSvg(page: Page, text: string) {
	const blank = await page.context().newPage();
	const parsed = await blank.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const fonts = [
			...(doc.querySelector('style')?.textContent ?? '').matchAll(
				/@font-face\{[^}]*font-weight:(\d+);src:url\("data:font\/woff2;base64,([^"]+)"\)/g
			)
		];
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.localName,
			size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
			paths: [...doc.querySelectorAll('path')].map((p) => ({
				d: p.getAttribute('d'),
				stroke: p.getAttribute('stroke')
			})),
			texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
			background: doc.querySelector('svg > rect')?.getAttribute('fill'),
			// A WOFF2 file starts with "wOF2".
			fonts: fonts.map(([, weight, data]) => `${weight} ${atob(data!.slice(0, 8)).slice(0, 4)}`)
		};
	}, text);
	await blank.close();
	return parsed;
}

test.describe('export for slides', () => {
	test('the SVG downloads, parses, and holds the map, title, key, source line and font', async ({
		page
	}) => {
		const violations = await watchCsp(page);
		const problems = watchConsole(page);
		await openHelp(page, '?tour=fr,br');
		const france = await page.locator('a.country[data-iso="fr"] path').getAttribute('d');
		const source = await page.locator('[data-panel] .source').textContent();
		const sizes = await page
			.locator('[data-export] button')
			.evaluateAll((buttons) => buttons.map((b) => parseFloat(getComputedStyle(b).fontSize)));
		expect(sizes).toHaveLength(3);
		for (const size of sizes) expect(size).toBeGreaterThanOrEqual(20);
		const { name, bytes } = await exportAs(page, 'svg', 'keyboard');
		expect(name).toBe('imt-atlas-01-france.svg');
		const svg = await parseSvg(page, bytes.toString('utf8'));
		expect(svg.error).toBeNull();
		expect(svg.root).toBe('svg');
		expect(svg.size).toEqual(['1920', '1080']);
		expect(svg.paths.length).toBeGreaterThan(200);
		// France is there, outlined as the current stop is on screen (not in the land's stroke).
		const shape = svg.paths.find((p) => p.d === france);
		expect(shape, 'France’s shape').toBeTruthy();
		expect(shape!.stroke).toBe(await cssVariable(page, '--outline-selected'));
		expect(svg.texts).toContain('France');
		for (const label of ['Section', 'Group', 'Split away', 'CWI era only', 'No known presence'])
			expect(svg.texts).toContain(label);
		expect(svg.texts.join(' ')).toContain(source!.trim());
		expect(svg.fonts).toEqual(['400 wOF2', '700 wOF2']);
		// The theme on screen (dark by default) is written into the file.
		expect(svg.background).toBe(await cssVariable(page, '--ocean'));
		expect(violations).toEqual([]);
		expect(problems).toEqual([]);
	});

	test('the PNGs download at exactly 1920x1080 and 3840x2160', async ({ page }) => {
		const violations = await watchCsp(page);
		await openHelp(page, '?tour=br');
		for (const [width, height] of [
			[1920, 1080],
			[3840, 2160]
		] as const) {
			const { name, bytes } = await exportAs(page, `png-${width}x${height}`);
			expect(name).toBe(`imt-atlas-01-brazil-${width}x${height}.png`);
			expect(bytes.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
			expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
			expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width, height]);
			// A drawn map, not an empty canvas.
			expect(bytes.length).toBeGreaterThan(50_000);
		}
		expect(violations).toEqual([]);
	});

	test('a chronological stop in the light theme: its colours, its year and the dashed mark', async ({
		page
	}) => {
		const violations = await watchCsp(page);
		await openHelp(page, '?tour=history&stop=20');
		await page.keyboard.press('?');
		const root = page.locator('[data-present]');
		if ((await root.getAttribute('data-theme')) !== 'light') await page.keyboard.press('t');
		await expect(root).toHaveAttribute('data-theme', 'light');
		await page.keyboard.press('?');
		const year = (await page.locator('[data-year]').textContent())!.trim();
		const { bytes } = await exportAs(page, 'svg');
		const svg = await parseSvg(page, bytes.toString('utf8'));
		expect(svg.error).toBeNull();
		expect(svg.texts).toContain(year);
		expect(svg.texts).toContain('Dashed: start not dated in the source');
		expect(svg.background).toBe(await cssVariable(page, '--ocean'));
		expect(violations).toEqual([]);
	});

	test('a tree stop’s slide holds its branch as drawn, its title, date and source line', async ({
		page
	}) => {
		const violations = await watchCsp(page);
		await openHelp(page, '?tour=lineage&stop=8');
		const labels = await page
			.locator('[data-tree-stage] a.node text')
			.evaluateAll((texts) => texts.map((t) => t.textContent));
		const source = await page.locator('[data-panel] .source').textContent();
		const { name, bytes } = await exportAs(page, 'svg');
		expect(name).toBe('imt-atlas-08-izquierda-revolucionaria.svg');
		const svg = await parseSvg(page, bytes.toString('utf8'));
		expect(svg.error).toBeNull();
		for (const label of [...labels, 'Izquierda Revolucionaria', 'January 2010'])
			expect(svg.texts).toContain(label);
		expect(svg.texts.join(' ')).toContain(source!.trim());
		// The connectors and bars are there, painted (no stylesheet needed), on the paper.
		expect(svg.paths.filter((p) => p.stroke && p.stroke !== 'none').length).toBeGreaterThan(5);
		// The theme's paper, its short hex written out in full.
		const paper = (await cssVariable(page, '--paper')).replace(/^#(\w)(\w)(\w)$/, '#$1$1$2$2$3$3');
		expect(svg.background).toBe(paper);
		const png = await exportAs(page, 'png-1920x1080');
		expect(png.bytes.readUInt32BE(16)).toBe(1920);
		expect(violations).toEqual([]);
	});
});

/** Opens the print view and waits until every stop's map is drawn. */
async function openPrint(page: Page, query = '') {
	await page.goto(`/present/print${query}`);
	await hydrated(page);
	await page.waitForFunction(() =>
		[...document.querySelectorAll<SVGSVGElement>('[data-stop-map]')].every((m) => m.dataset.drawn)
	);
}

const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length;

test.describe('print view', () => {
	for (const [query, stops] of [
		['', 24],
		['?tour=gb,br,fr', 4]
	] as const)
		test(`one 16:9 page per stop${query ? `: ${query}` : ''}`, async ({ page }) => {
			const problems = watchConsole(page);
			await openPrint(page, query);
			await expect(page.locator('[data-slide]')).toHaveCount(stops);
			await expect(page.locator('[data-slide] .progress').first()).toHaveText(`1 / ${stops}`);
			const pdf = await page.pdf({ landscape: true, preferCSSPageSize: true });
			expect(pdfPages(pdf)).toBe(stops);
			// 13.333 × 7.5 in, in points.
			expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 96\d(\.\d+)? 540\]/);
			expect(problems).toEqual([]);
		});

	test('each map is zoomed to its stop, strokes unscaled, the whole panel on the page', async ({
		page
	}) => {
		await openPrint(page, '?tour=fr,ru');
		const slides = await page.evaluate(() =>
			[...document.querySelectorAll('[data-slide]')].map((slide) => {
				const map = slide.querySelector<SVGSVGElement>('[data-stop-map]')!;
				const current = map.querySelector('a[data-current] path');
				const side = slide.querySelector('.side')!.getBoundingClientRect();
				const source = slide.querySelector('.source')!.getBoundingClientRect();
				return {
					viewBox: map.getAttribute('viewBox')!.split(' ').map(Number),
					frame: current?.parentElement?.dataset.frame?.split(' ').map(Number) ?? null,
					stroke: current ? parseFloat(getComputedStyle(current).strokeWidth) : null,
					unit: slide.getBoundingClientRect().width / 1920,
					sourceInside: source.bottom <= side.bottom + 0.5 && source.top >= side.top
				};
			})
		);
		expect(slides).toHaveLength(3);
		for (const { viewBox, frame, stroke, unit, sourceInside } of slides.slice(0, 2)) {
			const [x, y, w, h] = viewBox as [number, number, number, number];
			const [x0, y0, x1, y1] = frame as [number, number, number, number];
			expect(x <= x0 && y <= y0 && x + w >= x1 && y + h >= y1, 'frame in view').toBe(true);
			expect(w, 'zoomed in').toBeLessThan(1920 * 0.6);
			// The outline is 4 px at 1920 whatever the zoom: the stroke does not scale.
			expect(stroke).toBeCloseTo(4 * unit, 2);
			expect(sourceInside).toBe(true);
		}
		expect(slides[2]!.viewBox[2]).toBeGreaterThan(1920);
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('every panel of the default tour fits its page, source line included', async ({ page }) => {
		await openPrint(page);
		const clipped = await page.evaluate(() =>
			[...document.querySelectorAll('[data-slide]')].flatMap((slide) => {
				const side = slide.querySelector('.side')!;
				const source = slide.querySelector('.source')!.getBoundingClientRect();
				return source.bottom > side.getBoundingClientRect().bottom + 0.5
					? [slide.querySelector('h2')!.textContent]
					: [];
			})
		);
		expect(clipped).toEqual([]);
	});

	test('a talk of the family tree prints one page per moment, each branch whole', async ({
		page
	}) => {
		await openPrint(page, '?tour=lineage');
		await expect(page.locator('[data-slide]')).toHaveCount(14);
		const cut = await page.evaluate(() =>
			[...document.querySelectorAll('[data-slide]')].flatMap((slide) => {
				const stage = slide.querySelector('[data-tree-stage]')!.getBoundingClientRect();
				return [...slide.querySelectorAll('[data-tree-stage] a.node text')]
					.map((t) => t.getBoundingClientRect())
					.filter((r) => r.left < stage.left || r.right > stage.right || r.bottom > stage.bottom)
					.map(() => slide.querySelector('h2')!.textContent);
			})
		);
		expect(cut).toEqual([]);
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(await violations(page)).toEqual([]);
	});

	test('axe-core finds no violations in the print view', async ({ page }) => {
		await openPrint(page, '?tour=gb,br');
		expect(await violations(page)).toEqual([]);
	});
});

// Chromium with scripts turned off by the test runner still parses <noscript> as if scripts ran,
// so the built page is read instead.
test('without JavaScript the print view says that it needs it', async () => {
	const html = await readFile('build/present/print.html', 'utf8');
	expect(/<noscript>(.*?)<\/noscript>/s.exec(html)?.[1]).toMatch(/print view needs JavaScript/);
});
