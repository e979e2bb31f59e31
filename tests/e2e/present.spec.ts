import { expect, test, type Page } from '@playwright/test';
import { hydrated, landed, walkTalk, watchConsole } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

const heading = (page: Page) => page.locator('#stop-title');
const stopOf = async (page: Page) =>
	Number(await page.locator('[data-present]').getAttribute('data-stop'));

/** Opens a presentation and waits until keys reach it. */
async function open(page: Page, query = '') {
	await page.goto(`/present${query}`);
	await hydrated(page);
	// The first stop is framed without a flight; later ones are waited for by `landed`.
	await landed(page);
}

/** The country outlined on the map and the one the panel names agree, and so does the URL. */
async function expectInStep(page: Page, stop: number) {
	await expect(page).toHaveURL(new RegExp(`[?&]stop=${stop}(&|$)`));
	await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', String(stop));
	const current = page.locator('a.country[aria-current="step"]');
	if (await current.count()) {
		const label = await current.getAttribute('aria-label');
		await expect(heading(page)).toHaveText(label!.split(':')[0]!);
	}
	await expect(page.locator('.kicker .progress')).toHaveText(new RegExp(`^${stop} / \\d+$`));
}

test.describe('presentation keys', () => {
	test('PageDown three times reaches stop 4; PageUp goes back; a reload resumes', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await open(page);
		await expectInStep(page, 1);
		for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
		await expectInStep(page, 4);
		await expect(page.locator('a.country[aria-current="step"]')).toHaveCount(1);
		await page.keyboard.press('PageUp');
		await expectInStep(page, 3);
		const title = await heading(page).textContent();
		await page.reload();
		await hydrated(page);
		await expectInStep(page, 3);
		await expect(heading(page)).toHaveText(title!);
		expect(problems).toEqual([]);
	});

	test('every next and previous key, Home, End and a number then Enter', async ({ page }) => {
		await open(page);
		for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter']) {
			const before = await stopOf(page);
			await page.keyboard.press(key);
			expect(await stopOf(page), key).toBe(before + 1);
		}
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) {
			const before = await stopOf(page);
			await page.keyboard.press(key);
			expect(await stopOf(page), key).toBe(before - 1);
		}
		await page.keyboard.press('End');
		const last = await stopOf(page);
		await expect(page.locator('.kicker .progress')).toHaveText(`${last} / ${last}`);
		await page.keyboard.press('Home');
		await expectInStep(page, 1);
		await page.keyboard.type('12');
		await page.keyboard.press('Enter');
		await expectInStep(page, 12);
	});

	test('visited stops stay marked on the map', async ({ page }) => {
		await open(page);
		for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
		const visited = page.locator('a.country[data-visited]');
		await expect(visited).toHaveCount(2);
		await expect(page.locator('a.country[aria-current="step"][data-visited]')).toHaveCount(0);
	});

	test('F toggles full screen, B blacks the screen and back, T switches theme, ? shows help, Q leaves', async ({
		page
	}) => {
		await open(page);
		const root = page.locator('[data-present]');
		const fullscreen = () => page.evaluate(() => document.fullscreenElement?.tagName ?? null);
		await page.keyboard.press('f');
		await expect.poll(fullscreen).toBe('HTML');
		await page.keyboard.press('f');
		await expect.poll(fullscreen).toBeNull();
		await page.keyboard.press('b');
		await expect(page.locator('[data-blackout]')).toBeVisible();
		await page.keyboard.press('b');
		await expect(page.locator('[data-blackout]')).toHaveCount(0);
		const theme = await root.getAttribute('data-theme');
		await page.keyboard.press('t');
		await expect(root).not.toHaveAttribute('data-theme', theme!);
		await page.keyboard.press('?');
		await expect(page.locator('[data-help]')).toBeVisible();
		await expect(page.locator('[data-help]')).toContainText('PageDown');
		// Escape closes the help, and a second one does not leave (a clicker sends it); Q leaves.
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-help]')).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/present/);
		await page.keyboard.press('q');
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator('svg[data-map] a.country')).toHaveCount(22);
	});

	test('a swipe left moves on, a swipe right goes back', async ({ page }) => {
		await open(page);
		const swipe = (from: number, to: number) =>
			page.evaluate(
				([from, to]) => {
					const target = document.querySelector('[data-present]')!;
					const at = (type: string, x: number) =>
						target.dispatchEvent(
							new PointerEvent(type, {
								pointerType: 'touch',
								clientX: x,
								clientY: 500,
								bubbles: true
							})
						);
					at('pointerdown', from!);
					at('pointerup', to!);
				},
				[from, to]
			);
		await swipe(900, 500);
		await expectInStep(page, 2);
		await swipe(500, 900);
		await expectInStep(page, 1);
	});

	test('clicking a country on the map goes to its stop and stays in the presentation', async ({
		page
	}) => {
		await open(page);
		await page.locator('a.country[data-iso="br"] path').click({ force: true });
		await expect(heading(page)).toHaveText('Brazil');
		await expect(page).toHaveURL(/\/present\?/);
		// Enter and Space are "next" again straight after the click.
		const at = Number(await page.locator('[data-present]').getAttribute('data-stop'));
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', String(at + 1));
		await page.keyboard.press(' ');
		await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', String(at + 2));
	});
});

test.describe('tours', () => {
	test('a custom tour skips an unknown code with a notice and ends on the world', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await open(page, '?tour=gb,zz,BR,,fr,pk');
		await expect(page.locator('[data-notice]')).toContainText('zz');
		await expect(heading(page)).toHaveText('United Kingdom');
		await expect(page.locator('.kicker .progress')).toHaveText('1 / 5');
		await page.locator('[data-notice]').getByRole('button', { name: 'OK' }).click();
		await expect(page.locator('[data-notice]')).toHaveCount(0);
		await page.keyboard.press('End');
		await expect(page.locator('[data-panel="world"]')).toBeVisible();
		// The address keeps the codes that worked.
		await expect(page).toHaveURL(/tour=gb,br,fr,pk&stop=5/);
		expect(problems).toEqual([]);
	});

	for (const [iso2, what] of [
		['fr', 'France without French Guiana'],
		['us', 'the United States without Alaska and Hawaii'],
		['ru', 'Russia, across the antimeridian']
	] as const)
		test(`the camera frames ${what}`, async ({ page }) => {
			await open(page, `?tour=${iso2}`);
			const fit = await page.evaluate((iso2) => {
				const link = document.querySelector<SVGAElement>(`a.country[data-iso="${iso2}"]`)!;
				const [x0, y0, x1, y1] = link.dataset.frame!.split(' ').map(Number) as number[];
				const svg = link.ownerSVGElement!;
				// Map units to screen pixels through the viewBox and the camera's CSS transform.
				const toScreen = (x: number, y: number) => {
					const point = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
					return [point.x, point.y];
				};
				const [sx0, sy0] = toScreen(x0!, y0!);
				const [sx1, sy1] = toScreen(x1!, y1!);
				// Every part of the country: the path's box, in the path's own (finer) units.
				const box = link.querySelector('path')!.getBBox();
				const ctm = link.querySelector('path')!.getScreenCTM()!;
				const a = new DOMPoint(box.x, box.y).matrixTransform(ctm);
				const b = new DOMPoint(box.x + box.width, box.y + box.height).matrixTransform(ctm);
				const panel = document.querySelector('.side')!.getBoundingClientRect();
				return {
					frame: [sx0!, sy0!, sx1!, sy1!],
					whole: [a.x, a.y, b.x, b.y],
					stage: [0, 0, panel.left, innerHeight]
				};
			}, iso2);
			const inside = ([x0, y0, x1, y1]: number[], [s0, t0, s1, t1]: number[]) =>
				x0! >= s0! && y0! >= t0! && x1! <= s1! && y1! <= t1!;
			expect(inside(fit.frame, fit.stage), 'main territory on the stage').toBe(true);
			expect(inside(fit.whole, fit.stage), 'far-off parts left off the stage').toBe(false);
			const [x0, y0, x1, y1] = fit.frame as [number, number, number, number];
			const [, , width, height] = fit.stage as [number, number, number, number];
			// Zoomed in, not left at world scale.
			expect(Math.max((x1 - x0) / width, (y1 - y0) / height)).toBeGreaterThan(0.25);
		});
});

test.describe('motion', () => {
	test('a stop change flies for about 750 ms', async ({ page }) => {
		await open(page);
		// By number, not PageDown: a first stop too long for the screen would take its second part.
		await page.keyboard.press('3');
		await page.keyboard.press('Enter');
		const timing = await page.evaluate(() =>
			document
				.querySelector('.mover')!
				.getAnimations()
				.map((a) => a.effect?.getComputedTiming().duration)
		);
		expect(timing).toEqual([750]);
		await landed(page);
	});

	test.describe('with reduced motion', () => {
		// Set on the context, so the page never starts without it.
		test.use({ reducedMotion: 'reduce' });

		test('the stop changes without animation', async ({ page }) => {
			await open(page);
			const before = await page.locator('.mover').evaluate((e) => getComputedStyle(e).transform);
			await page.keyboard.press('PageDown');
			await expectInStep(page, 2);
			// No flight: the camera's element has no animation (colour fades are not motion).
			expect(
				await page.evaluate(() => document.querySelector('.mover')!.getAnimations().length)
			).toBe(0);
			const after = await page.locator('.mover').evaluate((e) => getComputedStyle(e).transform);
			expect(after).not.toBe(before);
		});
	});
});

test('the presenter view and the audience window stay in step both ways', async ({ page }) => {
	await open(page, '?tour=gb,br,fr');
	const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
	await hydrated(presenter);
	await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-stop', '1');
	await expect(presenter.locator('#now-title')).toContainText('United Kingdom');
	await expect(presenter.locator('.next')).toContainText('Brazil');
	// The next stop's first note, so the speaker can lead into it.
	await expect(presenter.locator('[data-preview]')).toContainText("Workers' Party");
	await expect(presenter.locator('.now')).toContainText('Dates');

	await presenter.keyboard.press('PageDown');
	await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', '2');
	await expect(heading(page)).toHaveText('Brazil');

	await page.keyboard.press('PageDown');
	await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-stop', '3');
	await expect(presenter.locator('#now-title')).toContainText('France');

	await presenter.getByRole('button', { name: 'Black screen' }).click();
	await expect(page.locator('[data-blackout]')).toBeVisible();
});

test.describe('projector', () => {
	for (const theme of ['dark', 'light'] as const) {
		test(`a stop at 1920×1080 in the ${theme} theme: large type, a screenshot to look at`, async ({
			page
		}, info) => {
			await open(page, '?tour=br');
			if ((await page.locator('[data-present]').getAttribute('data-theme')) !== theme)
				await page.keyboard.press('t');
			await expect(page.locator('[data-present]')).toHaveAttribute('data-theme', theme);
			const sizes = await page.evaluate(() => {
				const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
				const texts = [...document.querySelectorAll('[data-present] *')].filter(
					(e) =>
						[...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) &&
						e.getClientRects().length > 0 &&
						!e.closest('.live')
				);
				return {
					body: px(document.querySelector('.summary')!),
					title: px(document.querySelector('#stop-title')!),
					smallest: Math.min(...texts.map(px))
				};
			});
			expect(sizes.body).toBeGreaterThanOrEqual(28);
			expect(sizes.title).toBeGreaterThan(sizes.body);
			expect(sizes.smallest).toBeGreaterThanOrEqual(20);
			await page.screenshot({ path: info.outputPath(`present-${theme}.png`) });
		});
	}
});

// Phones are touch screens held at reading distance, not projectors seen from the back of a hall.
const SCREENS = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 1024, height: 768 },
	{ width: 360, height: 740, touch: true },
	{ width: 390, height: 844, touch: true }
];

for (const { touch, ...screen } of SCREENS)
	test.describe(`every stop fits ${screen.width}×${screen.height}${touch ? ' (touch)' : ''}`, () => {
		test.use({
			reducedMotion: 'reduce',
			viewport: screen,
			...(touch ? { hasTouch: true, isMobile: true } : {})
		});

		for (const tour of ['', '?tour=history'])
			test(`each step of the ${tour ? 'chronological' : 'default'} tour shows its whole panel, source line included, at readable type`, async ({
				page
			}) => {
				// A walk of up to 40 stops on a loaded machine.
				test.setTimeout(120_000);
				await open(page, tour);
				const walk = await walkTalk(page);
				expect(walk.overflowing).toEqual([]);
				// Every stop was reached, however many parts the screen needed.
				expect(walk.reached).toBe(walk.total);
				// The readability floor: nothing in the panel under 20 px on a projector, 14 px on a
				// phone held in the hand.
				expect(walk.smallest).toBeGreaterThanOrEqual(touch ? 14 : 20);
			});
	});

test.describe('a stop too long for a 1024×768 projector', () => {
	test.use({ reducedMotion: 'reduce', viewport: { width: 1024, height: 768 } });

	test('is shown in two parts that the same keys walk through, both ways', async ({ page }) => {
		// Mexico's summary and three dated events do not fit at 1024×768 at readable type.
		await open(page, '?tour=fr,mx,br');
		await page.keyboard.press('PageDown');
		const root = page.locator('[data-present]');
		await expect(root).toHaveAttribute('data-stop', '2');
		await expect(root).toHaveAttribute('data-parts', '2');
		await expect(page.locator('.side .summary')).toBeVisible();
		await expect(page.locator('.side .events')).toBeHidden();
		await expect(page.locator('.kicker [data-parts]')).toHaveText('part 1 of 2');
		await page.keyboard.press('PageDown');
		await expect(root).toHaveAttribute('data-stop', '2');
		await expect(page.locator('.side .events')).toBeVisible();
		await expect(page.locator('.side .summary')).toBeHidden();
		await expect(page.locator('.side .source')).toBeInViewport();
		await page.keyboard.press('PageDown');
		await expect(heading(page)).toHaveText('Brazil');
		// Back into Mexico lands on its last part, then its first.
		await page.keyboard.press('PageUp');
		await expect(root).toHaveAttribute('data-part', '2');
		await expect(page.locator('.side .events')).toBeVisible();
		await page.keyboard.press('PageUp');
		await expect(root).toHaveAttribute('data-part', '1');
		await expect(page.locator('.side .summary')).toBeVisible();
	});
});

// 4K among them: there the help was a narrow column in the page's rems, of 41 px type, that
// scrolled, and its language links and share button stayed at the page's 20 px.
for (const screen of [...SCREENS, { width: 3840, height: 2160 }])
	test.describe(`help at ${screen.width}×${screen.height}`, () => {
		test.use({ viewport: screen });

		test('the help shows its whole content', async ({ page }) => {
			await open(page);
			await page.keyboard.press('?');
			const help = page.locator('[data-help]');
			await expect(help).toBeVisible();
			const box = await help.evaluate((e) => {
				const r = e.getBoundingClientRect();
				return {
					inside: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
					fits: e.scrollHeight <= e.clientHeight,
					scrolls:
						getComputedStyle(e).overflowY === 'auto' || getComputedStyle(e).overflowY === 'scroll'
				};
			});
			expect(box.inside).toBe(true);
			// On a projector it fits whole; on a phone-sized window it may scroll, visibly.
			if (screen.width > 600) expect(box.fits).toBe(true);
			expect(box.scrolls, 'a screen shorter still would scroll').toBe(true);
			// The atlas's controls inside are in the help's type, not the page's.
			const type = await help.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
			for (const control of [help.locator('a[hreflang]').first(), help.locator('.share button')])
				expect(
					await control.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
				).toBeGreaterThanOrEqual(type - 0.5);
			// Whatever it holds can be reached: the last control scrolls into view and is visible.
			const close = help.getByRole('button', { name: 'Close help' });
			await close.scrollIntoViewIfNeeded();
			await expect(close).toBeInViewport();
		});
	});

test('the chronological tour shows each event’s year on the map and zooms to its country', async ({
	page
}) => {
	const problems = watchConsole(page);
	await open(page, '?tour=history');
	await expect(page.locator('[data-year]')).toHaveText('1964');
	await expect(page.locator('a.country[data-iso="ru"]')).toHaveAttribute('data-status', 'none');
	// The last event the source dates is the Russian fusion of May 2019, and its tree follows.
	await page.keyboard.press('End');
	await page.keyboard.press('PageUp');
	await expect(heading(page)).toHaveText('The Russian section');
	await expect(page.locator('[data-tree-stage]')).toBeVisible();
	await page.keyboard.press('PageUp');
	await expect(heading(page)).toHaveText('Russia');
	await expect(page.locator('[data-year]')).toHaveText('2019');
	await expect(page.locator('a.country[data-iso="ru"]')).toHaveAttribute('data-status', 'section');
	await expect(page.locator('a.country[data-iso="ru"]')).toHaveAttribute('aria-current', 'step');
	await expect(page).toHaveURL(/tour=history&stop=\d+/);
	// The last stop is today's world: the map as built, with no year.
	await page.keyboard.press('End');
	await expect(page.locator('[data-year]')).toHaveCount(0);
	expect(problems).toEqual([]);
});

test.describe('framing', () => {
	test.use({ reducedMotion: 'reduce' });

	for (const iso2 of ['ca', 'ru'])
		test(`${iso2}: a country at the map's edge fills the stage with map, not a band of nothing`, async ({
			page
		}) => {
			await open(page, `?tour=${iso2}`);
			const band = await page.evaluate(() => {
				const map = document.querySelector('svg[data-map]')!.getBoundingClientRect();
				// Empty space above the map's top edge, as a share of the screen's height.
				return Math.max(0, map.top) / innerHeight;
			});
			// Russia's view is a little taller than the whole map: 1% is left, shared top and bottom.
			expect(band).toBeLessThan(0.02);
		});

	test('zoomed in on a country, small countries show their shapes, not rings', async ({ page }) => {
		await open(page, '?tour=gb,mx');
		const ring = (iso2: string) => page.locator(`a.country[data-iso="${iso2}"] .target`);
		await expect(ring('nl')).toBeHidden();
		await expect(ring('ie')).toBeHidden();
		await page.keyboard.press('PageDown');
		await expect(ring('sv')).toBeHidden();
		// The closing world view is zoomed out: there the rings are what shows a small country.
		await page.keyboard.press('End');
		await expect(ring('nl')).toBeVisible();
		await expect(ring('sv')).toBeVisible();
	});

	test('a stop about the tendency as a whole marks the countries its text names', async ({
		page
	}) => {
		await open(page);
		await expect(page.locator('[data-panel="tendency"]')).toBeVisible();
		const named = page.locator('a.country[data-named]');
		await expect(named).toHaveCount(2);
		expect(
			await named.evaluateAll((links) => links.map((l) => l.getAttribute('data-iso')))
		).toEqual(expect.arrayContaining(['ie', 'se']));
		await page.keyboard.press('End');
		await expect(named).toHaveCount(0);
	});
});

test.describe('the theme', () => {
	test.use({ colorScheme: 'light' });

	test('follows a light system on first visit; a T choice is remembered', async ({ page }) => {
		await open(page);
		const root = page.locator('[data-present]');
		await expect(root).toHaveAttribute('data-theme', 'light');
		await page.keyboard.press('t');
		await expect(root).toHaveAttribute('data-theme', 'dark');
		await page.goto('/present?tour=br');
		await hydrated(page);
		await expect(root).toHaveAttribute('data-theme', 'dark');
	});
});

test.describe('at 3840×2160', () => {
	test.use({ viewport: { width: 3840, height: 2160 }, reducedMotion: 'reduce' });

	test('the progress marks and the colour key scale like the rest', async ({ page }, info) => {
		const measure = () =>
			page.evaluate(() => {
				const px = (e: Element) => e.getBoundingClientRect().height / innerHeight;
				const font = (e: Element) => parseFloat(getComputedStyle(e).fontSize) / innerHeight;
				return {
					pip: px(document.querySelector('.pips li:not(.current)')!),
					key: font(document.querySelector('.key li')!),
					body: font(document.querySelector('.summary')!)
				};
			});
		await open(page, '?tour=br,fr');
		await page.screenshot({ path: info.outputPath('present-4k.png') });
		const big = await measure();
		await page.setViewportSize({ width: 1920, height: 1080 });
		const hd = await measure();
		// Each the same share of the screen's height at 4K as at 1080 lines, like the body text.
		for (const part of ['pip', 'key', 'body'] as const)
			expect(big[part] / hd[part], part).toBeCloseTo(1, 1);
	});
});

for (const width of [360, 390])
	test.describe(`talk on a ${width} px touch phone`, () => {
		test.use({
			viewport: { width, height: width === 360 ? 740 : 844 },
			hasTouch: true,
			isMobile: true,
			reducedMotion: 'reduce'
		});

		test('the colour key and progress marks never cover the stop’s country', async ({
			page
		}, info) => {
			await open(page, '?tour=gb,br,mx,ru,fr');
			const covered: string[] = [];
			for (let stop = 1; stop <= 5; stop++) {
				await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', String(stop));
				await page.evaluate(() => new Promise(requestAnimationFrame));
				const hit = await page.evaluate(() => {
					const foot = document.querySelector('.foot')!.getBoundingClientRect();
					const shape = document
						.querySelector('a.country[aria-current="step"]')!
						.getAttribute('data-frame')!
						.split(' ')
						.map(Number);
					const svg = document.querySelector<SVGSVGElement>('svg[data-map]')!;
					const at = (x: number, y: number) =>
						new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
					const a = at(shape[0]!, shape[1]!);
					const b = at(shape[2]!, shape[3]!);
					return a.x < foot.right && b.x > foot.left && a.y < foot.bottom && b.y > foot.top;
				});
				if (hit) covered.push(String(stop));
				if (stop === 1) await page.screenshot({ path: info.outputPath(`phone-${width}.png`) });
				// Walk on with a tap-free key: parts of a long stop included.
				while ((await page.locator('[data-present]').getAttribute('data-stop')) === String(stop))
					await page.keyboard.press('PageDown');
			}
			expect(covered).toEqual([]);
		});
	});
