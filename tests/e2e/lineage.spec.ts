import { expect, test, type Page } from '@playwright/test';
import { countryPoint, hydrated, violations, watchConsole } from './helpers';

// Each test is one first visit, which the service worker never controls.
test.use({ serviceWorkers: 'block', reducedMotion: 'reduce' });
// Each test clicks through a whole prerendered page, map and tree: room for a busy machine.
test.describe.configure({ timeout: 90_000 });

const tree = (page: Page) => page.locator('svg.tree');
const node = (page: Page, id: string) => page.locator(`svg.tree a.node[data-org="${id}"]`);
const edge = (page: Page, id: string) => page.locator(`svg.tree a.edge[data-link="${id}"]`);
const country = (page: Page, iso2: string) =>
	page.locator(`svg[data-map] a.country[data-iso="${iso2}"]`);
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await hydrated(page);
	await expect(slider(page)).toBeEnabled();
}

/**
 * Every label's box in the page, and what is wrong with them: two that overlap, one that
 * leaves the drawing (cut off by the SVG's edge), or one drawn under `least` pixels.
 */
async function labelProblems(page: Page, least = 12): Promise<string[]> {
	return tree(page).evaluate((svg, least) => {
		const frame = svg.getBoundingClientRect();
		const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 1;
		const boxes = [...svg.querySelectorAll<SVGTextElement>('a.node text')].map((text) => ({
			name: text.textContent ?? '',
			box: text.getBoundingClientRect()
		}));
		const problems: string[] = [];
		for (const [i, a] of boxes.entries()) {
			const { box } = a;
			if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
				problems.push(`${a.name} is cut off`);
			const size = parseFloat(getComputedStyle(svg.querySelector('a.node text')!).fontSize);
			if (size * scale < least) problems.push(`${a.name} is ${(size * scale).toFixed(1)} px`);
			for (const b of boxes.slice(i + 1)) {
				const o = b.box;
				if (box.left < o.right && o.left < box.right && box.top < o.bottom && o.top < box.bottom)
					problems.push(`${a.name} overlaps ${b.name}`);
			}
		}
		return problems;
	}, least);
}

test('a click on an organisation lights its countries, moves the year and keeps both in the address', async ({
	page
}) => {
	const problems = watchConsole(page);
	await open(page, '/lineage');
	await node(page, 'izquierda-revolucionaria').click();
	await expect(page).toHaveURL(/\/lineage\?(?=.*org=izquierda-revolucionaria)(?=.*year=2010)/);
	await expect(slider(page)).toHaveValue('2010');
	await expect(node(page, 'izquierda-revolucionaria')).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('svg[data-map]')).toHaveAttribute('data-highlight', 'only');
	for (const iso2 of ['es', 've', 'mx', 'co'])
		await expect(country(page, iso2)).toHaveAttribute('data-lit', 'true');
	await expect(country(page, 'pk')).not.toHaveAttribute('data-lit');
	// Short enough for a phone: the name, then its years and how many countries are lit.
	const state = page.getByRole('status').filter({ hasText: 'Chosen:' });
	await expect(state).toContainText('Chosen: Izquierda Revolucionaria');
	await expect(state).toContainText('2010. Countries lit on the map: 4.');

	// Chosen again, it is let go: the map is whole again, the year stays.
	await node(page, 'izquierda-revolucionaria').click();
	await expect(page).toHaveURL(/\/lineage\?year=2010$/);
	await expect(page.locator('svg[data-map]')).not.toHaveAttribute('data-highlight');
	expect(problems).toEqual([]);
});

test('Enter on an organisation chooses it, and every node and link is reached by Tab with its name', async ({
	page
}) => {
	await open(page, '/lineage?year=1980');
	const imt = node(page, 'imt');
	await expect(imt).toHaveAttribute('aria-label', /^International Marxist Tendency: from 2006/);
	await expect(edge(page, 'cmi-renamed-imt')).toHaveAttribute(
		'aria-label',
		/Committee for a Marxist International: took the name International Marxist Tendency/
	);
	await imt.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/org=imt/);
	await expect(slider(page)).toHaveValue('2006');
	await expect(country(page, 'pk')).toHaveAttribute('data-lit', 'true');
	// The next Tab stop is the first link that reaches the IMT.
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAttribute('data-link', /imt$/);
	const stops = await page.locator('svg.tree a[href]').count();
	expect(stops).toBe(21 + 20);
});

test('moving the year draws a cursor across the tree and marks what existed then', async ({
	page
}) => {
	await open(page, '/lineage');
	await expect(tree(page).locator('.cursor')).toHaveCount(0);
	await slider(page).focus();
	await page.keyboard.press('Home');
	await expect(slider(page)).toHaveValue('1964');
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
	await expect(slider(page)).toHaveValue('1974');
	await expect(tree(page).locator('.cursor text')).toHaveText('1974');
	await expect(tree(page).locator('a.node[data-exists]')).toHaveCount(2);
	await expect(node(page, 'militant')).toHaveAttribute('data-exists', 'true');
	await expect(node(page, 'cwi')).toHaveAttribute('data-exists', 'true');
	await expect(page.getByText('Organisations that existed in 1974: 2')).toBeVisible();
	await expect(page).toHaveURL(/year=1974/);
});

test('a country chosen on the map shows its path through the tree', async ({ page }) => {
	await open(page, '/lineage');
	const point = await countryPoint(page, 'pk');
	await page.mouse.click(point.x, point.y);
	await expect(page).toHaveURL(/\/lineage\?country=pk$/);
	await expect(page.getByText('Pakistan: its path through the tree')).toBeVisible();
	const path = page.locator('.path li');
	await expect(path).toHaveText([
		'International Marxist Tendency',
		'The Pakistani section',
		'Lal Salaam'
	]);
	await expect(node(page, 'lal-salaam')).toHaveAttribute('data-on-path', 'true');
	await expect(node(page, 'militant')).not.toHaveAttribute('data-on-path');
	await expect(country(page, 'pk')).toHaveAttribute('aria-current', 'page');
	// The country's own panel leads here too.
	await page.goto('/country/pk');
	await page.getByRole('link', { name: 'Its place in the family tree' }).click();
	await expect(page).toHaveURL(/\/lineage\?country=pk$/);
	await expect(page.locator('.path li')).toHaveCount(3);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the diagram and the list are in the page', async ({ page }) => {
		await page.goto('/lineage');
		await expect(tree(page).locator('a.node')).toHaveCount(21);
		await expect(tree(page).locator('a.edge')).toHaveCount(20);
		await expect(page.locator('#lineage-imt > p')).toHaveText(/^International Marxist Tendency/);
		await expect(page.locator('#lineage-link-cmi-renamed-imt')).toBeAttached();
		// A node links to its line in the text.
		await node(page, 'lal-salaam').click();
		await expect(page).toHaveURL(/#lineage-lal-salaam$/);
		await expect(page.getByRole('link', { name: 'Family tree' })).toHaveAttribute(
			'aria-current',
			'page'
		);
	});
});

// Labels grow with the screen: at least 12 px on a laptop, more on a projector.
for (const [viewport, least] of [
	[{ width: 1366, height: 768 }, 16],
	[{ width: 1024, height: 768 }, 12.5],
	[{ width: 1920, height: 1080 }, 20]
] as const)
	test(`at ${viewport.width}x${viewport.height} every label is ${least} px or more, none overlaps another or is cut off, and the map stays in view`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await open(page, '/lineage');
		expect(await labelProblems(page, least)).toEqual([]);
		await node(page, 'lal-salaam').scrollIntoViewIfNeeded();
		await expect(page.locator('svg[data-map]')).toBeInViewport();
		const size = await tree(page).evaluate((svg) => svg.getBoundingClientRect().width);
		expect(size).toBeGreaterThan(viewport.width * 0.5);
	});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('a tap chooses an organisation; labels stay whole, 12 px or more, and only the drawing scrolls sideways', async ({
		page
	}) => {
		await open(page, '/lineage');
		expect(await labelProblems(page, 12)).toEqual([]);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(360);
		await node(page, 'cwi').scrollIntoViewIfNeeded();
		await node(page, 'cwi').tap();
		await expect(page).toHaveURL(/org=cwi/);
		await expect(page.locator('svg[data-map]')).toBeInViewport();
		await expect(country(page, 'ie')).toHaveAttribute('data-lit', 'true');
	});
});

test('in Spanish: the page, its nodes and its list are in Spanish', async ({ page }) => {
	await page.goto('/es/lineage');
	await hydrated(page);
	await expect(page.getByRole('slider', { name: 'Año' })).toBeEnabled();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'El árbol genealógico de la tendencia'
	);
	await expect(node(page, 'pakistani-section')).toHaveAttribute(
		'aria-label',
		/^La sección pakistaní: se tiene constancia desde 2012/
	);
	await node(page, 'pakistani-section').click();
	await expect(page).toHaveURL(/\/es\/lineage\?(?=.*org=pakistani-section)/);
	expect(await labelProblems(page)).toEqual([]);
});

test('a click on a connector chooses the organisation its arrow points to, at the link’s year', async ({
	page
}) => {
	await open(page, '/lineage');
	const link = 'pakistani-section-splits-from-imt';
	// A point of the connector that the pointer reaches (bars and labels lie over connectors).
	const point = await tree(page).evaluate((svg, link) => {
		const line = svg.querySelector<SVGPathElement>(`g.link[data-link="${link}"] path.line`)!;
		line.scrollIntoView({ block: 'center' });
		const length = line.getTotalLength();
		for (let at = length / 2; at < length; at += 2) {
			const p = line.getPointAtLength(at);
			const { x, y } = new DOMPoint(p.x, p.y).matrixTransform(line.getScreenCTM()!);
			const under = document.elementFromPoint(x, y)?.closest('g.link');
			if (under?.getAttribute('data-link') === link) return { x, y };
		}
		return null;
	}, link);
	expect(point).not.toBeNull();
	await page.mouse.click(point!.x, point!.y);
	await expect(page).toHaveURL(/\/lineage\?(?=.*org=pakistani-section)(?=.*year=2016)/);
	await expect(node(page, 'pakistani-section')).toHaveAttribute('aria-current', 'true');
	await expect(page.getByRole('status').filter({ hasText: 'Chosen:' })).toContainText(
		'Chosen: The Pakistani section'
	);
	await expect(page.locator(`g.link[data-link="${link}"]`)).toHaveAttribute('data-chosen', 'true');
	// Its keyboard stop names it as the link it is.
	await expect(edge(page, link)).toHaveAttribute(
		'aria-label',
		/^The Pakistani section: split from International Marxist Tendency in 2016/
	);
});

test.describe('in the dark colour scheme', () => {
	test.use({ colorScheme: 'dark' });

	test('axe-core finds nothing, and the picture is saved to look at', async ({ page }, info) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await open(page, '/lineage?org=imt&year=2010');
		await expect(node(page, 'imt')).toHaveAttribute('aria-current', 'true');
		expect(await violations(page)).toEqual([]);
		await page.screenshot({ path: info.outputPath('lineage-dark.png') });
	});
});

test.describe('axe-core', () => {
	test('finds nothing with an organisation chosen at a year', async ({ page }) => {
		await open(page, '/lineage?org=imt&year=2010');
		await expect(node(page, 'imt')).toHaveAttribute('aria-current', 'true');
		expect(await violations(page)).toEqual([]);
	});

	test('finds nothing with a country’s path shown', async ({ page }) => {
		await open(page, '/lineage?country=es');
		await expect(page.locator('.path li').first()).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
});
