import { expect, test, type Page } from '@playwright/test';
import { hydrated, landed, violations, watchConsole } from './helpers';

/**
 * Talk day: the keys a clicker sends (Escape, F5, `.`), teaching the talk an unknown clicker,
 * the overview of the tour (O) and the presenter's clocks, pressed as a person presses them.
 */

test.use({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
// Several windows' worth of key presses on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

const talk = (page: Page) => page.locator('[data-present]');
const fullscreen = (page: Page) => page.evaluate(() => document.fullscreenElement?.tagName ?? null);

async function open(page: Page, path = '/present?stop=2') {
	await page.goto(path);
	await hydrated(page);
	await landed(page);
}

test.describe('a clicker never ends the talk by accident', () => {
	test('Escape stays in the talk: it leaves full screen and clears notices; Q leaves', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await open(page, '/present?tour=gb,zz,br&stop=2');
		await expect(page.locator('[data-notice]')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-notice]')).toHaveCount(0);
		await page.keyboard.press('f');
		await expect.poll(() => fullscreen(page)).toBe('HTML');
		await page.keyboard.press('Escape');
		await expect.poll(() => fullscreen(page)).toBeNull();
		// A clicker's stop button pressed again, and again: nothing leaves.
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/present\?tour=[^&]+&stop=2$/);
		await expect(talk(page)).toHaveAttribute('data-stop', '2');
		await page.keyboard.press('q');
		await expect(page).toHaveURL(/\/$/);
		expect(problems).toEqual([]);
	});

	test('. blanks the screen like B, and brings it back', async ({ page }) => {
		await open(page);
		await page.keyboard.press('.');
		await expect(page.locator('[data-blackout]')).toBeVisible();
		await page.keyboard.press('.');
		await expect(page.locator('[data-blackout]')).toHaveCount(0);
		await page.keyboard.press('b');
		await expect(page.locator('[data-blackout]')).toBeVisible();
		await page.keyboard.press('.');
		await expect(page.locator('[data-blackout]')).toHaveCount(0);
	});

	test('F5 and Shift+F5 go full screen at the same stop and never reload', async ({ page }) => {
		await open(page, '/present?stop=3');
		// A mark on the window dies with a reload; the last listener sees whether the talk stopped it.
		await page.evaluate(() => {
			Object.assign(window, { talkMark: 'kept', reloadStopped: [] as boolean[] });
			addEventListener('keydown', (e) => {
				if (e.key === 'F5')
					(window as unknown as { reloadStopped: boolean[] }).reloadStopped.push(
						e.defaultPrevented
					);
			});
		});
		for (const key of ['F5', 'Shift+F5']) {
			await page.keyboard.press(key);
			await expect.poll(() => fullscreen(page), key).toBe('HTML');
			await page.keyboard.press('Escape');
			await expect.poll(() => fullscreen(page), key).toBeNull();
		}
		// Pressed with the help open too: a clicker does not know what is on the screen.
		await page.keyboard.press('?');
		await page.keyboard.press('F5');
		await expect.poll(() => fullscreen(page)).toBe('HTML');
		expect(await page.evaluate(() => Reflect.get(window, 'talkMark'))).toBe('kept');
		expect(await page.evaluate(() => Reflect.get(window, 'reloadStopped'))).toEqual([
			true,
			true,
			true
		]);
		await expect(talk(page)).toHaveAttribute('data-stop', '3');
	});
});

test.describe('teach your clicker', () => {
	test('keys it sends become next, previous and blank, kept after a reload, and forgotten on request', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await open(page, '/present?stop=5');
		await page.keyboard.press('?');
		const help = page.locator('[data-help]');
		await help.getByRole('button', { name: 'Teach your clicker' }).click();
		const ask = help.locator('[data-clicker-ask]');
		await expect(ask).toContainText('Next stop');
		await page.keyboard.press('x');
		await expect(ask).toContainText('Previous stop');
		await page.keyboard.press('z');
		await expect(ask).toContainText('Black screen');
		// A clicker's stop button sends Escape: while teaching it is the lesson, not "close".
		await page.keyboard.press('Escape');
		await expect(help).toBeVisible();
		await expect(help.locator('[data-clicker-taught]')).toContainText('x');
		await help.getByRole('button', { name: 'Close help' }).click();
		await expect(help).toHaveCount(0);

		await page.keyboard.press('x');
		await expect(talk(page)).toHaveAttribute('data-stop', '6');
		await page.keyboard.press('z');
		await expect(talk(page)).toHaveAttribute('data-stop', '5');
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-blackout]')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-blackout]')).toHaveCount(0);

		await page.reload();
		await hydrated(page);
		await page.keyboard.press('x');
		await expect(talk(page)).toHaveAttribute('data-stop', '6');
		// The built-in keys still work beside the taught ones.
		await page.keyboard.press('PageDown');
		await expect(talk(page)).toHaveAttribute('data-stop', '7');

		await page.keyboard.press('?');
		await help.getByRole('button', { name: 'Forget the taught keys' }).click();
		await help.getByRole('button', { name: 'Close help' }).click();
		await page.keyboard.press('x');
		await expect(talk(page)).toHaveAttribute('data-stop', '7');
		expect(await page.evaluate(() => localStorage.getItem('imt-atlas-present-clicker'))).toBeNull();
		expect(problems).toEqual([]);
	});
});

test.describe('the overview', () => {
	test('O shows every stop, the current marked; arrows and Enter jump; Escape closes; focus returns', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await open(page, '/present?stop=2');
		const helpButton = page.locator('.help-button');
		await helpButton.focus();
		await page.keyboard.press('o');
		const overview = page.locator('[data-overview]');
		await expect(overview).toBeVisible();
		const stops = overview.locator('[data-overview-stop]');
		await expect(stops).toHaveCount(
			Number((await page.locator('.kicker .progress').textContent())!.split('/')[1])
		);
		await expect(overview.locator('[aria-current="step"]')).toHaveAttribute(
			'data-overview-stop',
			'2'
		);
		await expect(stops.nth(1)).toBeFocused();
		// ↓ then ↑ is where it was; → → is two stops on.
		await page.keyboard.press('ArrowDown');
		await expect(stops.nth(1)).not.toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(stops.nth(1)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(overview).toHaveCount(0);
		await expect(helpButton).toBeFocused();
		await expect(talk(page)).toHaveAttribute('data-stop', '2');

		await page.keyboard.press('O');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		await expect(overview).toHaveCount(0);
		await expect(talk(page)).toHaveAttribute('data-stop', '4');
		await expect(page).toHaveURL(/stop=4$/);
		await expect(helpButton).toBeFocused();

		// A click, and O to close, work as well.
		await page.keyboard.press('o');
		await stops.nth(6).click();
		await expect(talk(page)).toHaveAttribute('data-stop', '7');
		await page.keyboard.press('o');
		await expect(overview).toBeVisible();
		await page.keyboard.press('o');
		await expect(overview).toHaveCount(0);
		expect(problems).toEqual([]);
	});

	test('it is reachable from the help, and axe-core finds nothing in either', async ({ page }) => {
		test.slow();
		await open(page, '/present?tour=history&stop=12');
		await page.keyboard.press('?');
		await expect(page.locator('[data-help]')).toBeVisible();
		expect(await violations(page), 'help').toEqual([]);
		await page.getByRole('button', { name: 'Overview of every stop' }).click();
		const overview = page.locator('[data-overview]');
		await expect(overview).toBeVisible();
		await expect(page.locator('[data-help]')).toHaveCount(0);
		await expect(overview.locator('[aria-current="step"]')).toBeFocused();
		expect(await violations(page), 'overview').toEqual([]);
	});
});

test.describe('the presenter’s clocks', () => {
	test('a clock per stop, and the planned time left then over, kept on this browser', async ({
		page
	}) => {
		const problems = watchConsole(page);
		await page.clock.install();
		await page.goto('/present/presenter?tour=gb,br,fr&stop=1');
		await hydrated(page);
		// Time stands still between the steps below, however slow the machine.
		await page.clock.pauseAt(Date.now() + 60_000);
		await page.getByRole('button', { name: 'Restart clock' }).click();
		const stopClock = page.locator('[data-stop-clock]');
		await expect(stopClock).toHaveText('0:00');
		await page.clock.runFor(5_000);
		await expect(stopClock).toHaveText('0:05');
		await expect(page.locator('[data-clock]')).toHaveText('0:05');
		await page.keyboard.press('PageDown');
		await expect(page.locator('[data-presenter]')).toHaveAttribute('data-stop', '2');
		await expect(stopClock).toHaveText('0:00');
		await page.clock.runFor(2_000);
		await expect(stopClock).toHaveText('0:02');
		await expect(page.locator('[data-clock]')).toHaveText('0:07');

		// Typing the minutes moves nothing; the plan shows what is left, then what is over.
		const plan = page.getByRole('spinbutton', { name: 'Planned minutes' });
		await plan.pressSequentially('1');
		await plan.press('Tab');
		await expect(page.locator('[data-presenter]')).toHaveAttribute('data-stop', '2');
		await expect(page.locator('[data-plan-left="left"]')).toContainText('0:53');
		await page.clock.runFor(60_000);
		await expect(page.locator('[data-plan-left="over"]')).toContainText('+0:07');

		await page.clock.resume();
		await page.reload();
		await hydrated(page);
		await expect(plan).toHaveValue('1');
		await expect(page.locator('[data-plan-left="left"]')).toBeVisible();
		expect(problems).toEqual([]);
	});
});

test.describe('in Spanish', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	test('Escape stays, . blanks, the overview and the clicker speak Spanish, axe-clean', async ({
		page
	}) => {
		test.slow();
		const problems = watchConsole(page);
		await open(page, '/es/present?stop=3');
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/es\/present\?stop=3$/);
		await page.keyboard.press('.');
		await expect(page.locator('[data-blackout]')).toBeVisible();
		await page.keyboard.press('.');
		await page.keyboard.press('o');
		const overview = page.locator('[data-overview]');
		await expect(
			overview.getByRole('heading', { name: 'El recorrido de un vistazo' })
		).toBeVisible();
		expect(await violations(page), 'overview').toEqual([]);
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('Enter');
		await expect(talk(page)).toHaveAttribute('data-stop', '2');
		await page.keyboard.press('?');
		const help = page.locator('[data-help]');
		await help.getByRole('button', { name: 'Enseñar su mando' }).click();
		await expect(help.locator('[data-clicker-ask]')).toContainText('Parada siguiente');
		await page.keyboard.press('PageDown');
		await expect(help.locator('[data-clicker-ask]')).toContainText('(2 de 3)');
		expect(problems).toEqual([]);
	});
});

// The overview and the help on a small projector, a 720-line one, a phone in the hand and 4K,
// in English and in French (longer words), each with a screenshot to look at.
const SCREENS = [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 720 },
	{ width: 360, height: 740, touch: true },
	{ width: 3840, height: 2160 }
];

for (const { touch, ...screen } of SCREENS)
	for (const lang of ['en', 'fr'])
		test.describe(`${lang} at ${screen.width}×${screen.height}${touch ? ' (touch)' : ''}`, () => {
			test.use({ viewport: screen, ...(touch ? { hasTouch: true, isMobile: true } : {}) });

			test('the overview of the longest tour shows every title whole, inside the screen', async ({
				page
			}, info) => {
				const prefix = lang === 'en' ? '' : `/${lang}`;
				await open(page, `${prefix}/present?tour=history&stop=20`);
				await page.keyboard.press('?');
				const help = page.locator('[data-help]');
				await expect(help).toBeVisible();
				await page.screenshot({ path: info.outputPath(`help-${lang}-${screen.width}.png`) });
				await help.locator('[data-open-overview]').click();
				const overview = page.locator('[data-overview]');
				await expect(overview).toBeVisible();
				await page.screenshot({ path: info.outputPath(`overview-${lang}-${screen.width}.png`) });
				const fit = await overview.evaluate((dialog) => {
					const box = dialog.getBoundingClientRect();
					const cut = [...dialog.querySelectorAll<HTMLElement>('button, h2, p')]
						.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
						.map((e) => e.textContent);
					return {
						inside:
							box.top >= 0 && box.left >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
						cut,
						whole: dialog.scrollHeight <= dialog.clientHeight
					};
				});
				expect(fit.inside).toBe(true);
				expect(fit.cut).toEqual([]);
				// A projector shows the whole tour at once; a phone may scroll it.
				if (!touch) expect(fit.whole).toBe(true);
			});
		});
