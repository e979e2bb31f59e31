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
 * The buttons of the page that a person cannot press or read whole: outside the window, hidden
 * by a box that clips or scrolls them away, or with their text cut (wider than the button).
 */
async function cutButtons(page: Page): Promise<string[]> {
	return page.evaluate(() =>
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
		})
	);
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
			const problems: string[] = [];
			for (let stop = 1; stop <= total; stop++) {
				await expect(main).toHaveAttribute('data-stop', String(stop));
				problems.push(...(await cutButtons(page)).map((p) => `stop ${stop}: ${p}`));
				await page.keyboard.press('ArrowRight');
			}
			expect(problems).toEqual([]);
		});
});
