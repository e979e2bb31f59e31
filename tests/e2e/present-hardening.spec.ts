import { expect, test, type Page } from '@playwright/test';
import { afterOneVisitOffline, hydrated, violations, watchConsole } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

const landed = (page: Page) => page.waitForFunction(() => document.getAnimations().length === 0);

/** Switches the talk to a theme with T; the choice is remembered, so it may already be on. */
async function theme(page: Page, want: 'light' | 'dark') {
	const talk = page.locator('[data-present]');
	if ((await talk.getAttribute('data-theme')) !== want) await page.keyboard.press('t');
	await expect(talk).toHaveAttribute('data-theme', want);
}

test.describe('accessibility of presentation mode', () => {
	test.use({ serviceWorkers: 'block' });

	test('axe-core finds no violations in either theme, with help open, in the history tour and the presenter view (its pictures and its question)', async ({
		page
	}) => {
		// Four axe runs over three pages: on a loaded 2-core machine it can outlast the default 30 s.
		test.slow();
		const scans: [string, string, (page: Page) => Promise<unknown>][] = [
			['dark theme, a country', '/present?stop=4', (page) => theme(page, 'dark')],
			['light theme, a country', '/present?stop=4', (page) => theme(page, 'light')],
			[
				'the help overlay',
				'/present',
				async (page) => {
					await page.keyboard.press('?');
					await expect(page.locator('[data-help]')).toBeVisible();
				}
			],
			['the history tour', '/present?tour=history&stop=20', async () => {}],
			['the whole world', '/present?tour=br', (page) => page.keyboard.press('End')],
			[
				'the presenter view and its pictures',
				'/present/presenter?stop=3',
				(page) => expect(page.locator('[data-stop-map][data-drawn]')).toHaveCount(2)
			],
			[
				'the presenter view asking which talk to join',
				'/present/presenter',
				(page) => expect(page.getByRole('dialog', { name: 'No talk found' })).toBeVisible()
			]
		];
		for (const [name, path, ready] of scans) {
			await test.step(name, async () => {
				await page.goto(path);
				await hydrated(page);
				await ready(page);
				await landed(page);
				expect(await violations(page), name).toEqual([]);
			});
		}
	});

	test('keyboard only: from the list into presentation mode, three stops, and out', async ({
		page
	}) => {
		await page.goto('/list');
		await hydrated(page);
		const present = page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Present' });
		const isFocused = () => present.evaluate((link) => link === document.activeElement);
		for (let presses = 0; presses < 12 && !(await isFocused()); presses++)
			await page.keyboard.press('Tab');
		await expect(present).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/present(\?stop=1)?$/);
		await hydrated(page);
		for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
		await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', '4');
		// Screen readers hear each stop: a polite live region names it, the counter isolated from
		// the sentence's direction (i18n/bidi.ts).
		await expect(page.locator('[aria-live="polite"]')).toContainText(
			/^Stop \u20684 \/ \d+\u2069: /
		);
		await page.keyboard.press('q');
		await expect(page).toHaveURL(/\/$/);
	});
});

test.describe('hostile and malformed presentation URLs', () => {
	test.use({ serviceWorkers: 'block' });

	const cases: [query: string, stop: number, notice: string | null, total: number | null][] = [
		['?tour=gb,,../x', 1, '../x', 2],
		['?tour=<script>alert(1)</script>', 1, '<script>alert(1)</script>', null],
		['?tour=javascript:alert(1),fr', 1, 'javascript:alert(1)', 2],
		['?tour=', 1, null, null],
		['?stop=abc', 1, 'no stop “abc”', null],
		['?stop=99999', 1, 'no stop “99999”', null],
		['?stop=-3', 1, 'no stop “-3”', null],
		['?stop=2&stop=5', 2, 'gives 2 stops', null],
		['?tour=fr&tour=gb', 1, 'names 2 tours', 2],
		['?tour=history&stop=100000', 1, 'no stop “100000”', null],
		// Past 200 entries the rest is not read: no valid code is left, so the default tour plays.
		[`?tour=${'zz,'.repeat(2000)}fr`, 1, 'zz', null]
	];

	test('each falls back to a sensible tour and stop, shows text as text, and never breaks', async ({
		page
	}) => {
		// A page load per malformed address: on a loaded 2-core machine it can outlast the default 30 s.
		test.slow();
		const problems = watchConsole(page);
		page.on('dialog', (dialog) => {
			problems.push(`dialog: ${dialog.message()}`);
			void dialog.dismiss();
		});
		for (const [query, stop, notice, total] of cases) {
			await test.step(query.slice(0, 60), async () => {
				await page.goto(`/present${query}`);
				await hydrated(page);
				await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', String(stop));
				const progress = page.locator('.kicker .progress');
				if (total) await expect(progress).toHaveText(`${stop} / ${total}`);
				if (notice) await expect(page.locator('[data-notice]')).toContainText(notice);
				else await expect(page.locator('[data-notice]')).toHaveCount(0);
				// Nothing from the address became markup.
				expect(await page.locator('[data-present] script, [data-present] img').count()).toBe(0);
				await page.keyboard.press('PageDown');
				await expect(page.locator('[data-present]')).not.toHaveAttribute('data-stop', '');
				// Once the talk moves on, the speaker has seen the notice: it goes.
				await expect(page.locator('[data-notice]')).toHaveCount(0);
			});
		}
		// The presenter view, where the speaker looks, says the same.
		await page.goto('/present/presenter?tour=gb,zz&stop=9');
		await hydrated(page);
		await expect(page.locator('[data-notice]')).toContainText('zz');
		await expect(page.locator('[data-notice]')).toContainText('no stop “9”');
		expect(problems).toEqual([]);
	});
});

test('after one visit, the presentation works with the server gone', async ({ page }) => {
	const problems = watchConsole(page);
	await afterOneVisitOffline(page, async (url) => {
		await page.goto(`${url}/present?tour=history&stop=3`);
		await hydrated(page);
		await expect(page.locator('[data-year]')).toBeVisible();
		await page.keyboard.press('PageDown');
		await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', '4');
		// The presentation's own typeface comes from the cache too.
		expect(
			await page.evaluate(() => document.fonts.check('700 28px "Atkinson Hyperlegible"'))
		).toBe(true);

		await page.goto(`${url}/present/presenter?stop=2`);
		await hydrated(page);
		await expect(page.locator('[data-presenter]')).toHaveAttribute('data-stop', '2');
		expect(problems).toEqual([]);
	});
});
