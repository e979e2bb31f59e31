import { expect, test, type Page } from '@playwright/test';
import { countryPoint, hydrated, violations, watchConsole } from './helpers';

// Each test is one first visit, which the service worker never controls.
test.use({ serviceWorkers: 'block' });

const SECTION = 'rgb(143, 29, 33)';
const NO_PRESENCE = 'rgb(226, 224, 218)';

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const link = (page: Page, iso2: string) => page.locator(`a.country[data-iso="${iso2}"]`);
const fillOf = (page: Page, iso2: string) =>
	link(page, iso2)
		.locator('path')
		.evaluate((path) => getComputedStyle(path).fill);
const events = (page: Page) => page.locator('[data-year-events]');
// A row by its visible label alone: each row also holds its description, hidden, for screen readers.
const count = (page: Page, row: string) =>
	page.locator('.legend li', { has: page.locator('.label', { hasText: row }) }).locator('.count');

/** Opens a page and waits until the year control can move the map. */
async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await hydrated(page);
	await expect(slider(page)).toBeEnabled();
}

test.describe('the year slider', () => {
	// Without the fill transition the computed fills are the year's at once.
	test.use({ reducedMotion: 'reduce' });

	test('arrow keys step a year: the map, the legend, the events and the address follow', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await open(page, '/?year=2009');
		await expect(slider(page)).toHaveValue('2009');
		await expect(link(page, 'co')).toHaveAttribute('data-status', 'none');
		await expect(link(page, 'es')).toHaveAttribute('data-known', '2009');
		await expect(events(page).getByRole('heading', { level: 2 })).toHaveText('In 2009');

		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(slider(page)).toHaveValue('2010');
		await expect(page).toHaveURL(/\/\?year=2010$/);
		await expect(link(page, 'co')).toHaveAttribute('data-status', 'split');
		expect(await fillOf(page, 'co')).toContain('pattern-split');
		// Spain stays a section: the minority's new section is not dated, but known from the break
		// of January 2010, at which the minority chose to remain.
		await expect(link(page, 'es')).toHaveAttribute('data-status', 'section');
		await expect(link(page, 'es')).toHaveAttribute('data-known', '2010');
		await expect(events(page).getByRole('heading', { level: 2 })).toHaveText('In 2010');
		await expect(events(page).getByRole('heading', { name: 'Colombia' })).toBeVisible();
		await expect(count(page, 'Split away')).toHaveText('1');

		await page.keyboard.press('ArrowLeft');
		await expect(slider(page)).toHaveValue('2009');
		await expect(link(page, 'co')).toHaveAttribute('data-status', 'none');
		expect(await fillOf(page, 'co')).toBe(NO_PRESENCE);
		await expect(events(page).getByRole('heading', { name: 'Colombia' })).toHaveCount(0);

		// End is today: the map as built, every mark gone, the address without a year.
		await page.keyboard.press('End');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Today');
		await expect(page).toHaveURL(/\/$/);
		await expect(link(page, 'ie')).toHaveAttribute('data-status', 'predecessor');
		await expect(page.locator('a.country[data-known]')).toHaveCount(0);
		await expect(events(page)).toHaveCount(0);
		expect(problems).toEqual([]);
	});

	test('dragging the thumb recolours Russia before and after the 2019 fusion', async ({ page }) => {
		await open(page, '/');
		expect(await fillOf(page, 'ru')).toBe(SECTION);
		const box = (await slider(page).boundingBox())!;
		const thumb = box.height;
		// The thumb's centre runs from half a thumb in from either end: years, then today.
		const xOf = (value: number) =>
			box.x + thumb / 2 + ((box.width - thumb) * (value - 1964)) / (2020 - 1964);
		const y = box.y + box.height / 2;
		await page.mouse.move(xOf(2020), y);
		await page.mouse.down();
		await page.mouse.move(xOf(2018), y, { steps: 4 });
		await expect(slider(page)).toHaveValue('2018');
		await expect(link(page, 'ru')).toHaveAttribute('data-status', 'none');
		expect(await fillOf(page, 'ru')).toBe(NO_PRESENCE);
		await page.mouse.move(xOf(2019), y, { steps: 2 });
		await page.mouse.up();
		await expect(slider(page)).toHaveValue('2019');
		await expect(link(page, 'ru')).toHaveAttribute('data-status', 'section');
		await expect(link(page, 'ru')).toHaveAttribute('data-known', '2019');
		expect(await fillOf(page, 'ru')).toBe(SECTION);
		await expect(events(page).getByRole('heading', { name: 'Russia' })).toBeVisible();
		await expect(page).toHaveURL(/\?year=2019$/);
	});

	test('the map says what it shows: tooltip and link names at the year, today restored', async ({
		page
	}) => {
		await open(page, '/?year=2018');
		const russia = page.getByRole('link', { name: 'Russia in 2018: no known presence' });
		await expect(russia).toHaveCount(1);
		await expect(page.getByRole('group', { name: /coloured by status in 2018\./ })).toBeVisible();
		const { x, y } = await countryPoint(page, 'ru');
		await page.mouse.move(x, y);
		await expect(page.locator('[data-tooltip]')).toContainText('No known presence in 2018');
		await page.mouse.move(2, 2);

		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(
			page.getByRole('link', { name: 'Russia in 2019: section, known from 2019' })
		).toHaveCount(1);
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('link', { name: /^Russia: section, / })).toHaveCount(1);
	});

	test('the legend counts the year and explains the dashed edge', async ({ page }) => {
		await open(page, '/?year=1974');
		await expect(count(page, 'Militant / CWI')).toHaveText('3');
		await expect(count(page, 'Section')).toHaveText('0');
		await expect(count(page, 'start not dated')).toHaveText('3');
		await expect(page.locator('.legend')).toContainText(
			'Counts in 1974. A dashed edge means the source gives no start date'
		);
		// Ireland's forerunners are dated by a mention only: a dashed edge, and a dotted ring.
		await expect(link(page, 'ie')).toHaveAttribute('data-known', '1974');
		const dash = await link(page, 'gb')
			.locator('path')
			.evaluate((path) => getComputedStyle(path).strokeDasharray);
		expect(dash).not.toBe('none');
	});

	test('the tactic colouring and a year work together: tactics as they stood that year', async ({
		page
	}) => {
		await open(page, '/?year=1992');
		await page.getByRole('radio', { name: 'Tactic' }).click();
		const map = page.locator('svg[data-map]');
		await expect(map).toHaveClass(/by-tactic/);
		// The year stays: in the address, beside the colouring, and on the slider.
		await expect(page).toHaveURL(/\/\?year=1992&colour=tactic$/);
		await expect(slider(page)).toHaveValue('1992');
		// Militant's entryism in Labour ended in early 1992; its start is not dated: a dashed edge.
		await expect(link(page, 'gb')).toHaveAttribute('data-tactic', 'entryism-labour');
		await expect(link(page, 'gb')).toHaveAttribute('data-tactic-known', '1992');
		expect(await fillOf(page, 'gb')).toBe('rgb(11, 79, 138)');
		const dash = await link(page, 'gb')
			.locator('path')
			.evaluate((path) => getComputedStyle(path).strokeDasharray);
		expect(dash).not.toBe('none');
		await expect(page.locator('[data-legend-known]')).toContainText('start not dated');
		await expect(count(page, 'Entryism: labour party')).toHaveText('1');
		// Hovering says the tactic of that year.
		const { x, y } = await countryPoint(page, 'gb');
		await page.mouse.move(x, y);
		await expect(page.locator('[data-tooltip]')).toContainText(
			'Entryism: labour party in 1992 · known from 1992'
		);
		// A step back a year keeps the colouring: no tactic the source dates to 1991.
		await slider(page).focus();
		await page.keyboard.press('ArrowLeft');
		await expect(slider(page)).toHaveValue('1991');
		await expect(map).toHaveClass(/by-tactic/);
		await expect(page.getByRole('radio', { name: 'Tactic' })).toHaveAttribute(
			'aria-checked',
			'true'
		);
		await expect(link(page, 'gb')).toHaveAttribute('data-tactic', 'none');
		// Today again: today's tactics, as built.
		await page.keyboard.press('End');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Today');
		await expect(link(page, 'gb')).toHaveAttribute('data-tactic', 'campaign');
		await expect(link(page, 'gb')).not.toHaveAttribute('data-tactic-known', /./);
		await expect(map).toHaveClass(/by-tactic/);
	});
});

test.describe('the year in the address', () => {
	test('?year=2010 loads that year: slider, map and events; each event opens its country', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await open(page, '/?year=2010');
		await expect(slider(page)).toHaveValue('2010');
		await expect(page.locator('[data-timeline]')).toHaveAttribute('data-year', '2010');
		await expect(link(page, 'co')).toHaveAttribute('data-status', 'split');
		await expect(link(page, 'ru')).toHaveAttribute('data-status', 'none');
		// The January 2010 split: once for the tendency, then once under each country it concerns.
		const groups = events(page).locator('[data-events-of]');
		await expect(groups).toHaveCount(5);
		await expect(groups.first()).toHaveAttribute('data-events-of', 'tendency');
		await expect(events(page).getByText('January 2010', { exact: true })).toHaveCount(5);

		await events(page).getByRole('link', { name: 'Colombia' }).click();
		const panel = page.locator('[data-panel="co"]');
		await expect(panel).toBeVisible();
		await expect(page).toHaveURL(/\/country\/co\?year=2010$/);
		await expect(panel.locator('[data-panel-then]')).toHaveText('On the map: Split away in 2010');
		await expect(slider(page)).toHaveValue('2010');

		// Moving between countries keeps the year.
		await panel.getByRole('link', { name: /El Salvador →/ }).click();
		await expect(page.locator('[data-panel="sv"]')).toBeVisible();
		await expect(page).toHaveURL(/\/country\/sv\?year=2010$/);
		await expect(link(page, 'co')).toHaveAttribute('data-status', 'split');

		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/\?year=2010$/);
		await expect(events(page)).toBeVisible();
		expect(problems).toEqual([]);
	});

	test('a year chosen with a panel open stays in its address; Back and Forward find each year', async ({
		page
	}) => {
		await open(page, '/?year=2010');
		const { x, y } = await countryPoint(page, 'co');
		await page.mouse.click(x, y);
		await expect(page.locator('[data-panel="co"]')).toBeVisible();
		await expect(page).toHaveURL(/\/country\/co\?year=2010$/);
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/\/country\/co\?year=2011$/);
		await expect(page.locator('[data-panel="co"]')).toBeVisible();
		await page.goBack();
		await expect(page).toHaveURL(/\/\?year=2010$/);
		await expect(slider(page)).toHaveValue('2010');
		await expect(page.locator('[data-panel="co"]')).toHaveCount(0);
		await page.goForward();
		await expect(page).toHaveURL(/\/country\/co\?year=2011$/);
		await expect(slider(page)).toHaveValue('2011');
		await expect(page.locator('[data-panel="co"]')).toBeVisible();
	});

	test('the list at a year: each row as its country stood then, each link keeping the year', async ({
		page
	}) => {
		await open(page, '/list?year=1974');
		const row = (name: string) => page.locator('table.countries tbody tr', { hasText: name });
		await expect(page.locator('.lede')).toContainText('as it stood in 1974');
		await expect(page.locator('table.countries thead')).toContainText('Status in 1974');
		await expect(row('United Kingdom').locator('[data-list-status]')).toContainText(
			'Militant / CWI'
		);
		// Not Socialist Appeal, shown from Militant's split of 1992: the organisation of the time.
		await expect(row('United Kingdom')).not.toContainText('Socialist Appeal');
		await expect(row('United Kingdom').locator('.org')).toContainText('Militant');
		await expect(row('Brazil').locator('[data-list-status]')).toContainText('No known presence');
		await expect(row('Brazil').locator('a')).toHaveAttribute('href', '/country/br?year=1974');
		// Today again: the rows say today's status and tactic.
		await slider(page).focus();
		await page.keyboard.press('End');
		await expect(row('Brazil').locator('[data-list-status]')).toContainText('Section');
		await expect(row('Brazil').locator('[data-list-tactic]')).toContainText(
			'Campaigns and alliances'
		);
		await expect(row('Brazil').locator('a')).toHaveAttribute('href', '/country/br');
	});

	test('the home page leads to the chronological tour', async ({ page }) => {
		await open(page, '/');
		await page.getByRole('link', { name: /Tell it as a talk/ }).click();
		await expect(page).toHaveURL(/\/present\?tour=history/);
		await expect(page.locator('[data-year]')).toHaveText('1964');
	});

	test('a country page at a year: Brazil in 2010, before the source first mentions it', async ({
		page
	}) => {
		await open(page, '/country/br?year=2010');
		const panel = page.locator('[data-panel="br"]');
		await expect(panel).toContainText('Esquerda Marxista');
		await expect(panel.locator('[data-panel-then]')).toHaveText(
			'On the map: No known presence in 2010'
		);
		await expect(link(page, 'br')).toHaveAttribute('data-status', 'none');
		await expect(link(page, 'br')).toHaveAttribute('aria-current', 'page');
		await expect(slider(page)).toHaveValue('2010');
		// A year chosen with the panel open stays in the country's address.
		await slider(page).focus();
		await page.keyboard.press('End');
		await expect(page).toHaveURL(/\/country\/br$/);
		await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(/\/country\/br\?year=2019$/);
		await expect(panel.locator('[data-panel-then]')).toHaveText(
			'On the map: Section in 2019 · known from 2015'
		);
	});

	for (const [name, query, says] of [
		['not a number', '?year=abc', '“abc” is not a year'],
		['too late', '?year=99999', 'runs from 1964 to 2019, not 99999'],
		['too early', '?year=1800', 'not 1800'],
		['repeated', '?year=2010&year=2011', 'more than one year']
	] as const) {
		test(`a bad year (${name}) falls back to today with a notice`, async ({ page }) => {
			const problems = watchConsole(page);
			await open(page, `/${query}`);
			const notice = page.getByRole('status').filter({ hasText: says });
			await expect(notice).toBeVisible();
			await expect(notice).toContainText('so the map shows the latest, today.');
			await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Today');
			await expect(link(page, 'ru')).toHaveAttribute('data-status', 'section');
			await expect(page.locator('a.country[data-known]')).toHaveCount(0);
			// Choosing a year answers the notice.
			await slider(page).focus();
			await page.keyboard.press('ArrowLeft');
			await expect(notice).toBeHidden();
			await expect(page).toHaveURL(/\/\?year=2019$/);
			expect(problems).toEqual([]);
		});
	}

	test('a bad year on a country page keeps the panel and says why the map is today', async ({
		page
	}) => {
		await open(page, '/country/br?year=abc');
		await expect(page.locator('[data-panel="br"]')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'is not a year' })).toBeVisible();
		await expect(page.locator('[data-panel-then]')).toHaveCount(0);
	});
});

test.describe('playing', () => {
	test('play steps a year a second, resting on years with events; pause stops it', async ({
		page
	}) => {
		await page.clock.install();
		await open(page, '/?year=2006');
		await page.clock.pauseAt(Date.now() + 60_000);
		const play = page.locator('[data-timeline-play]');
		await expect(play).toHaveText('Play');
		await play.click();
		await expect(play).toHaveText('Pause');
		// 2007 is quiet: a second. 2008 has an event in France: two.
		await expect(slider(page)).toHaveValue('2007');
		await page.clock.runFor(1_000);
		await expect(slider(page)).toHaveValue('2008');
		await page.clock.runFor(1_000);
		await expect(slider(page)).toHaveValue('2008');
		await page.clock.runFor(1_000);
		await expect(slider(page)).toHaveValue('2009');
		await expect(page).toHaveURL(/\?year=2009$/);
		await expect(link(page, 'es')).toHaveAttribute('data-status', 'section');

		await play.click();
		await expect(play).toHaveText('Play');
		await page.clock.runFor(5_000);
		await expect(slider(page)).toHaveValue('2009');
	});

	test('play from today starts at 1964; it ends on today', async ({ page }) => {
		await page.clock.install();
		await open(page, '/?year=2018');
		await page.clock.pauseAt(Date.now() + 60_000);
		const play = page.locator('[data-timeline-play]');
		await play.click();
		await expect(slider(page)).toHaveValue('2019');
		await page.clock.runFor(2_000);
		await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Today');
		await expect(play).toHaveText('Play');
		await play.click();
		await expect(slider(page)).toHaveValue('1964');
		// 1964 dates the Militant newspaper, not the group: Britain shows from 1974.
		await expect(link(page, 'gb')).toHaveAttribute('data-status', 'none');
		await expect(link(page, 'ru')).toHaveAttribute('data-status', 'none');
	});

	test('a pattern, which cannot fade as a colour does, fades in: Colombia splits away', async ({
		page
	}) => {
		await open(page, '/?year=2009');
		// Recorded as they start: a loaded machine may finish a 450 ms fade before it is looked at.
		await page.evaluate(() => {
			const fades: string[] = [];
			Object.assign(window, { fades });
			const animate = Element.prototype.animate;
			Element.prototype.animate = function (keyframes, options) {
				const country = this.closest('a.country')?.getAttribute('data-iso');
				if (country && JSON.stringify(keyframes).includes('opacity'))
					fades.push(`${country} ${(options as KeyframeAnimationOptions).duration}`);
				return animate.call(this, keyframes, options);
			};
		});
		const fades = () => page.evaluate(() => (window as unknown as { fades: string[] }).fades);
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(link(page, 'co')).toHaveAttribute('data-status', 'split');
		// Colombia, and no flat colour, which fades by itself.
		expect(await fades()).toEqual(['co 450']);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.keyboard.press('ArrowLeft');
		await expect(link(page, 'co')).toHaveAttribute('data-status', 'none');
		expect(await fades()).toEqual(['co 450']);
	});

	test('colours fade between years, except with reduced motion', async ({ page }) => {
		await open(page, '/?year=2018');
		const timing = () =>
			link(page, 'ru')
				.locator('path')
				.evaluate((path) => {
					const style = getComputedStyle(path);
					return { property: style.transitionProperty, ms: parseFloat(style.transitionDuration) };
				});
		// The fill fades between years (the opacity is the legend's dimming).
		expect(await timing()).toEqual({ property: 'fill, opacity', ms: 0.45 });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		expect((await timing()).ms).toBeLessThan(0.001);
		// The years still step.
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(link(page, 'ru')).toHaveAttribute('data-status', 'section');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the year control is in the page, disabled', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('[data-timeline-play]')).toBeDisabled();
		await expect(slider(page)).toBeDisabled();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Today');
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe-core finds no violations with the timeline at a past year, or with a notice, on a ${colorScheme} screen`, async ({
		page
	}) => {
		// Three pages, an axe run each: on a loaded 2-core machine it can outlast the default 30 s.
		test.slow();
		await page.emulateMedia({ colorScheme });
		for (const path of ['/?year=2010', '/country/co?year=1974', '/?year=abc']) {
			await test.step(path, async () => {
				await open(page, path);
				await expect(page.locator('[data-timeline]')).toHaveAttribute('data-ready', '');
				expect(await violations(page), path).toEqual([]);
			});
		}
	});
}

for (const viewport of [
	{ width: 360, height: 740 },
	{ width: 1024, height: 768 },
	{ width: 3840, height: 2160 }
]) {
	test.describe(`the slider's year labels at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		test('never overlap, and the first year and Today always show', async ({ page }) => {
			await open(page, '/');
			const labels = page.locator('[data-timeline] .marks li span');
			await expect(labels.first()).toBeVisible();
			const boxes = await labels.evaluateAll((spans) =>
				spans
					.filter((span) => getComputedStyle(span).visibility === 'visible')
					.map((span) => {
						const { left, right, top, bottom } = span.getBoundingClientRect();
						return { text: span.textContent, left, right, top, bottom };
					})
			);
			const texts = boxes.map((box) => box.text);
			expect(texts[0]).toBe('1964');
			expect(texts.at(-1)).toBe('Today');
			// Wider screens have room for more of the milestones' labels.
			expect(boxes.length).toBeGreaterThanOrEqual(viewport.width > 1000 ? 9 : 6);
			// Labels that touch read as one number ("19641974"): they must keep a few pixels apart.
			const GAP = 4;
			for (const [i, a] of boxes.entries())
				for (const b of boxes.slice(i + 1)) {
					const apart =
						a.right + GAP <= b.left ||
						b.right + GAP <= a.left ||
						a.bottom <= b.top ||
						b.bottom <= a.top;
					expect(apart, `${a.text} and ${b.text} overlap`).toBe(true);
				}
		});
	});
}
