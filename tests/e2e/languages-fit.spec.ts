import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

/**
 * What the screenshot audit of the five languages found cut off or broken, held in each language:
 * a word's length differs from one language to the next, so a layout that fits English may not
 * fit French. Each test measures what a person would see cut.
 */
const LOCALES = ['en', 'es', 'pt', 'fr', 'it'] as const;
const at = (locale: string, path: string) =>
	locale === 'en' ? path : `/${locale}${path === '/' ? '' : path}`;

/**
 * Walks the open presenter view from its current stop to the last, and at each stop lists the
 * buttons a person cannot press or read whole: outside the window, hidden by a box that clips or
 * scrolls them away, or with their text cut (wider than the button). The walk runs in the page,
 * each step the view's own handler of the next key: a round trip from the test a stop (43 stops,
 * five languages, two sizes) took four minutes of a loaded machine, and measured nothing more.
 */
async function cutButtonsAtEveryStop(page: Page, total: number): Promise<string[]> {
	return page.evaluate(async (total) => {
		const main = document.querySelector('main[data-presenter]')!;
		const cutButtons = () =>
			[...document.querySelectorAll('main button')].flatMap((button) => {
				const box = button.getBoundingClientRect();
				if (!box.width) return [];
				const name = button.textContent!.trim();
				const cut: string[] = [];
				if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight)
					cut.push('outside the window');
				if (button.scrollWidth > button.clientWidth) cut.push('text clipped');
				for (
					let box2 = button.parentElement;
					box2 && box2 !== document.body;
					box2 = box2.parentElement
				) {
					if (getComputedStyle(box2).overflow === 'visible') continue;
					const clip = box2.getBoundingClientRect();
					if (box.top < clip.top - 0.5 || box.bottom > clip.bottom + 0.5)
						cut.push(`scrolled out of ${box2.className}`);
				}
				return cut.length ? [`${name}: ${cut.join(', ')}`] : [];
			});
		const problems: string[] = [];
		for (let stop = Number(main.getAttribute('data-stop')); ; stop++) {
			// The step has landed when the view says so, and a frame has laid it out.
			for (let frames = 0; main.getAttribute('data-stop') !== String(stop); frames++) {
				if (frames > 600) return [...problems, `stop ${stop} never came`];
				await new Promise(requestAnimationFrame);
			}
			await new Promise(requestAnimationFrame);
			problems.push(...cutButtons().map((p) => `stop ${stop}: ${p}`));
			if (stop === total) return problems;
			window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
		}
	}, total);
}

test.describe('the presenter view fits a projector in every language', () => {
	// The side column held the controls under the next stop's preview and scrolled them out of
	// view on long previews. The history tour has the longest previews, and French the longest
	// words; a walk through a tour takes a while, so 1280x720 is walked in French only.
	const RUNS = [
		...LOCALES.map((locale) => ({ locale, width: 1024, height: 768 })),
		{ locale: 'fr', width: 1280, height: 720 }
	];
	for (const { locale, width, height } of RUNS)
		test(`${locale}, ${width}x${height}: every button whole at every stop of the history tour`, async ({
			page
		}) => {
			test.slow();
			await page.setViewportSize({ width, height });
			await page.goto(at(locale, '/present/presenter?tour=history&stop=1'));
			await hydrated(page);
			const main = page.locator('main[data-presenter]');
			await expect(page.locator('[data-progress]')).toContainText('1 /');
			const total = Number((await page.locator('[data-progress]').textContent())!.split('/')[1]);
			expect(total).toBeGreaterThan(20);
			// The next key a person presses moves the view in this language; the walk takes it on.
			await page.keyboard.press('ArrowRight');
			await expect(main).toHaveAttribute('data-stop', '2');
			await page.keyboard.press('ArrowLeft');
			await expect(main).toHaveAttribute('data-stop', '1');
			expect(await cutButtonsAtEveryStop(page, total)).toEqual([]);
		});
});

/** The words of `selector`'s elements that are broken over two lines (a word has one box per line). */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
	return page.locator(selector).evaluateAll((elements) =>
		elements.flatMap((element) => {
			const broken: string[] = [];
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (
				let node = walker.nextNode() as Text | null;
				node;
				node = walker.nextNode() as Text | null
			)
				for (const word of node.data.matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(node, word.index);
					range.setEnd(node, word.index + word[0].length);
					const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
					if (lines.size > 1) broken.push(word[0]);
				}
			return broken;
		})
	);
}

test.describe("the home page's figures break between words only", () => {
	for (const { width, height } of [
		{ width: 1024, height: 768 },
		{ width: 360, height: 740 }
	])
		for (const locale of LOCALES)
			test(`${locale} at ${width}x${height}`, async ({ page }) => {
				await page.setViewportSize({ width, height });
				await page.goto(at(locale, '/'));
				await expect(page.locator('.figures dd')).toHaveCount(3);
				expect(await brokenWords(page, '.figures dt, .figures dd')).toEqual([]);
			});
});

test.describe('the year beside Play is one word, in every column that holds it', () => {
	// Beside the family tree the year control is a narrow column: at 1024x768 French
	// "Aujourd'hui" broke after "Aujourd'hu", its last letter alone on a second line.
	for (const { width, height, path } of [
		{ width: 1024, height: 768, path: '/lineage' },
		{ width: 1024, height: 768, path: '/' },
		{ width: 360, height: 740, path: '/' }
	])
		for (const locale of LOCALES)
			test(`${locale} on ${path} at ${width}x${height}`, async ({ page }) => {
				await page.setViewportSize({ width, height });
				await page.goto(at(locale, path));
				const year = page.locator('.year-control .shown');
				await expect(year).toBeVisible();
				expect(await brokenWords(page, '.year-control .shown')).toEqual([]);
				// The text's own box, which overflows its grid cell where the word does not fit.
				const { right, room } = await year.evaluate((e) => {
					const range = document.createRange();
					range.selectNodeContents(e);
					return {
						right: range.getBoundingClientRect().right,
						room: e.closest('.frame')!.getBoundingClientRect().right
					};
				});
				expect(right, 'the year inside its control').toBeLessThanOrEqual(room + 0.5);
			});
});

test.describe('the list breaks between words only', () => {
	// Beside the map on a 1920 or 4K screen the list was a table whose narrow columns broke
	// "Situación", "événement" and "Scissione"; there it is a card per country, as at 1024.
	for (const { width, height, locales, cards } of [
		{ width: 1920, height: 1080, locales: LOCALES, cards: true },
		{ width: 3840, height: 2160, locales: ['fr'], cards: true },
		// A table still, just wide enough (42em), its columns holding their longest words.
		{ width: 700, height: 1000, locales: LOCALES, cards: false }
	])
		for (const locale of locales)
			test(`${locale} at ${width}x${height}`, async ({ page }) => {
				await page.setViewportSize({ width, height });
				await page.goto(at(locale, '/list'));
				await expect(page.locator('main table tbody tr')).toHaveCount(22);
				// The layout the row is about: cards lay the table's body out as blocks.
				const body = await page
					.locator('main table tbody')
					.evaluate((e) => getComputedStyle(e).display);
				expect(body, cards ? 'cards' : 'a table').toBe(cards ? 'block' : 'table-row-group');
				expect(await brokenWords(page, 'main table')).toEqual([]);
			});
});

test.describe("the talk's counter, colour key and source line are read from the back of a hall", () => {
	// They scale with the screen as the panel's text does: 2.25% of its shorter side, never
	// under 20 px (where 1024x768 and 1280x720 stay, so those screens fit as before).
	for (const { width, height, locale } of [
		{ width: 1920, height: 1080, locale: 'es' },
		{ width: 3840, height: 2160, locale: 'fr' },
		{ width: 1024, height: 768, locale: 'it' },
		{ width: 1280, height: 720, locale: 'pt' }
	])
		test(`${locale} at ${width}x${height}`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			await page.goto(at(locale, '/present?stop=3'));
			await hydrated(page);
			const least = Math.max(20, 0.0225 * Math.min(width, height)) - 0.5;
			for (const selector of ['.panel .progress', '.key li', '.panel .source']) {
				const parts = page.locator(selector);
				await expect(parts.first()).toBeVisible();
				for (const part of await parts.all()) {
					const size = await part.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
					expect(size, selector).toBeGreaterThanOrEqual(least);
					const box = (await part.boundingBox())!;
					expect(box.y + box.height, `${selector} inside the screen`).toBeLessThanOrEqual(height);
					expect(box.x + box.width, `${selector} inside the screen`).toBeLessThanOrEqual(width);
				}
			}
		});
});

test.describe('the header on a phone, and the find field whole, in every language', () => {
	for (const { width, height } of [
		{ width: 360, height: 740 },
		{ width: 1024, height: 768 }
	])
		for (const locale of LOCALES)
			test(`${locale} at ${width}x${height}`, async ({ browser }) => {
				const phone = width < 500;
				const context = await browser.newContext({
					viewport: { width, height },
					hasTouch: phone,
					isMobile: phone
				});
				const page = await context.newPage();
				await page.goto(at(locale, '/'));
				const field = page.locator('header.site input[type="search"]');
				await expect(field).toBeVisible();
				// The placeholder's width in the field's own type, against the field's content box;
				// then the same text typed in, which Chromium lays out beside the clear button's place.
				const fit = await field.evaluate((input: HTMLInputElement) => {
					const style = getComputedStyle(input);
					const probe = document.createElement('span');
					probe.textContent = input.placeholder;
					probe.style.setProperty('position', 'absolute');
					probe.style.setProperty('white-space', 'pre');
					probe.style.setProperty('font', style.font);
					probe.style.setProperty('letter-spacing', style.letterSpacing);
					document.body.append(probe);
					const text = probe.getBoundingClientRect().width;
					probe.remove();
					const box =
						input.clientWidth -
						parseFloat(style.paddingInlineStart) -
						parseFloat(style.paddingInlineEnd);
					input.value = input.placeholder;
					const typed = { scroll: input.scrollWidth, client: input.clientWidth };
					input.value = '';
					return { placeholder: input.placeholder, text, box, typed };
				});
				expect(fit.text, `"${fit.placeholder}" fits its field`).toBeLessThanOrEqual(fit.box);
				expect(fit.typed.scroll, `"${fit.placeholder}" typed in fits`).toBeLessThanOrEqual(
					fit.typed.client
				);
				if (phone) {
					// The header's links on two lines at most, and nothing wider than the screen.
					const lines = await page
						.locator('header.site > nav:first-of-type a')
						.evaluateAll(
							(links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size
						);
					expect(lines).toBeLessThanOrEqual(2);
					const header = await page
						.locator('header.site')
						.evaluate((h) => h.scrollWidth <= h.clientWidth);
					expect(header).toBe(true);
				}
				await context.close();
			});
});

test.describe('headings end on more than a lone word', () => {
	// Balanced lines (text-wrap: balance) for every heading: "Sull’International Marxist /
	// Tendency" at 360 px, not "Sull’International / Marxist / Tendency" or a word left alone.
	for (const width of [360, 1024])
		test(`the about page and the family tree at ${width} px, in every language`, async ({
			page
		}) => {
			test.slow();
			await page.setViewportSize({ width, height: 800 });
			const lone: string[] = [];
			for (const locale of LOCALES)
				for (const path of ['/about', '/lineage']) {
					await page.goto(at(locale, path));
					const found = await page.locator('main :is(h1, h2, h3)').evaluateAll((headings) =>
						headings.flatMap((heading) => {
							const tops: number[] = [];
							const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
							for (
								let node = walker.nextNode() as Text | null;
								node;
								node = walker.nextNode() as Text | null
							)
								for (const word of node.data.matchAll(/\S+/g)) {
									const range = document.createRange();
									range.setStart(node, word.index);
									range.setEnd(node, word.index + word[0].length);
									const box = range.getClientRects()[0];
									if (box) tops.push(Math.round(box.top));
								}
							const lines = [...new Set(tops)];
							const last = tops.filter((top) => top === lines.at(-1)).length;
							return tops.length >= 3 && lines.length > 1 && last === 1
								? [heading.textContent!.trim()]
								: [];
						})
					);
					lone.push(...found.map((text) => `${locale}${path}: ${text}`));
				}
			expect(lone).toEqual([]);
		});
});
