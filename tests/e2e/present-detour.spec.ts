import { expect, test, type Page } from '@playwright/test';
import { hydrated, landed, violations, watchConsole } from './helpers';

// Cuts rather than flights: what is under test is where the camera lands, not the flight.
test.use({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });

const talk = (page: Page) => page.locator('[data-present]');
const field = (page: Page, name = 'Find a country') => page.getByRole('combobox', { name });

async function open(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
	await landed(page);
}

/** Whether the camera frames `iso2` on the stage beside the panel, zoomed in on it. */
async function expectFramed(page: Page, iso2: string) {
	await expect(page.locator('a.country[aria-current="step"]')).toHaveAttribute('data-iso', iso2);
	await landed(page);
	const fit = await page.evaluate((iso2) => {
		const link = document.querySelector<SVGAElement>(`.present a.country[data-iso="${iso2}"]`)!;
		const [x0, y0, x1, y1] = link.dataset.frame!.split(' ').map(Number) as number[];
		const ctm = link.ownerSVGElement!.getScreenCTM()!;
		const a = new DOMPoint(x0, y0).matrixTransform(ctm);
		const b = new DOMPoint(x1, y1).matrixTransform(ctm);
		return {
			box: [a.x, a.y, b.x, b.y],
			stage: document.querySelector('.side')!.getBoundingClientRect().left
		};
	}, iso2);
	const [x0, y0, x1, y1] = fit.box as [number, number, number, number];
	expect(x0 >= 0 && y0 >= 0 && x1 <= fit.stage && y1 <= 1080, 'on the stage').toBe(true);
	expect(Math.max((x1 - x0) / fit.stage, (y1 - y0) / 1080), 'zoomed in').toBeGreaterThan(0.25);
}

test('/ finds a country, Enter takes the talk there, Escape brings it back to the same stop', async ({
	page
}) => {
	const problems = watchConsole(page);
	await open(page, '/present?tour=history&stop=5');
	const address = page.url();
	const title = await page.title();
	const heading = await page.locator('#stop-title').textContent();

	await page.keyboard.press('/');
	await expect(field(page)).toBeFocused();
	// A clicker's buttons type into nothing and move nothing while the field is open.
	await page.keyboard.press('PageDown');
	await page.keyboard.type('bra');
	await expect(page.getByRole('option').first()).toContainText('Brazil');
	// The arrows choose among the matches, round and back.
	const options = await page.getByRole('option').count();
	await page.keyboard.press('ArrowDown');
	for (let i = 1; i < options; i++) await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('option', { selected: true })).toContainText('Brazil');
	await page.keyboard.press('Enter');

	await expect(page.locator('[data-find]')).toHaveCount(0);
	await expect(talk(page)).toHaveAttribute('data-detour', 'br');
	await expect(talk(page)).toHaveAttribute('data-stop', '5');
	await expect(page).toHaveURL(/\?tour=history&stop=5&detour=br$/);
	await expect(page.locator('#stop-title')).toHaveText('Brazil');
	await expect(page.locator('[data-detour-label]')).toHaveText('Detour');
	await expect(page.getByRole('button', { name: 'Back to stop 5' })).toBeVisible();
	await expect(page).toHaveTitle(/Detour: Brazil.* · .*5 \/ \d+/);
	await expect(page.locator('.live')).toContainText('Escape returns to stop 5');
	await expectFramed(page, 'br');

	await page.keyboard.press('Escape');
	await expect(talk(page)).not.toHaveAttribute('data-detour');
	await expect(page).toHaveURL(address);
	await expect(page).toHaveTitle(title);
	await expect(page.locator('#stop-title')).toHaveText(heading!);
	await expect(talk(page)).toHaveAttribute('data-stop', '5');
	expect(problems).toEqual([]);
});

test('Escape in the field closes it without a detour; next in a detour returns first; Back ends it', async ({
	page
}) => {
	await open(page, '/present?tour=gb,br,fr,pk&stop=2');
	await page.keyboard.press('/');
	await page.keyboard.type('pak');
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-find]')).toHaveCount(0);
	await expect(talk(page)).not.toHaveAttribute('data-detour');
	await expect(page).toHaveURL(/\?tour=gb,br,fr,pk&stop=2$/);

	// A clicker's next, pressed by habit in a detour, lands on the stop it left, not past it.
	await page.keyboard.press('/');
	await page.keyboard.type('sweden');
	await page.keyboard.press('Enter');
	await expect(talk(page)).toHaveAttribute('data-detour', 'se');
	await page.keyboard.press('PageDown');
	await expect(talk(page)).not.toHaveAttribute('data-detour');
	await expect(talk(page)).toHaveAttribute('data-stop', '2');
	await page.keyboard.press('PageDown');
	await expect(talk(page)).toHaveAttribute('data-stop', '3');

	// The browser's Back ends a detour too, at the stop it left.
	await page.keyboard.press('/');
	await page.keyboard.type('united kingdom');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/stop=3&detour=gb$/);
	await page.goBack();
	await expect(talk(page)).not.toHaveAttribute('data-detour');
	await expect(page).toHaveURL(/\?tour=gb,br,fr,pk&stop=3$/);
	await expect(page.locator('#stop-title')).toHaveText('France');
});

test('in Spanish: the field, the detour and the way back speak the page’s language', async ({
	page
}) => {
	await open(page, '/es/present?stop=3');
	const heading = await page.locator('#stop-title').textContent();
	await page.getByRole('button', { name: 'Buscar', exact: true }).click();
	await expect(field(page, 'Buscar un país')).toBeFocused();
	await page.keyboard.type('brasil');
	await expect(page.getByRole('option').first()).toContainText('Brasil');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/es\/present\?stop=3&detour=br$/);
	await expect(page.locator('#stop-title')).toHaveText('Brasil');
	await expect(page.locator('[data-detour-label]')).toHaveText('Desvío');
	await expect(page).toHaveTitle(/Desvío: Brasil/);
	await expectFramed(page, 'br');
	await page.getByRole('button', { name: 'Volver a la parada 3' }).click();
	await expect(page).toHaveURL(/\/es\/present\?stop=3$/);
	await expect(page.locator('#stop-title')).toHaveText(heading!);
});

test('the presenter view starts a detour and returns it, both windows in step', async ({
	context,
	page
}) => {
	test.slow();
	const problems = watchConsole(page);
	await open(page, '/present?tour=gb,br,fr,pk&stop=2');
	const presenter = await context.newPage();
	problems.push(...watchConsole(presenter));
	await presenter.goto('/present/presenter');
	await hydrated(presenter);
	await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-stop', '2');

	await presenter.getByRole('button', { name: 'Detour…' }).click();
	await expect(field(presenter)).toBeFocused();
	await presenter.keyboard.type('pakistan');
	await presenter.keyboard.press('Enter');
	await expect(talk(page)).toHaveAttribute('data-detour', 'pk');
	await expect(page.locator('#stop-title')).toHaveText('Pakistan');
	await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-detour', 'pk');
	await expect(presenter).toHaveURL(/stop=2&detour=pk$/);
	// The notes are the detour country's facts while it lasts.
	await expect(presenter.locator('#now-title')).toContainText('Detour, from stop 2');
	await expect(presenter.locator('#now-title')).toContainText('Pakistan');
	await expect(presenter.locator('.now')).toContainText('In brief');

	await presenter.getByRole('button', { name: 'Back to stop 2' }).click();
	await expect(talk(page)).not.toHaveAttribute('data-detour');
	await expect(page.locator('#stop-title')).toHaveText('Brazil');
	await expect(presenter.locator('#now-title')).toContainText('Brazil');
	await expect(page).toHaveURL(/\?tour=gb,br,fr,pk&stop=2$/);

	// Started in the talk's window, the presenter view follows; Escape there brings both back.
	await page.bringToFront();
	await page.keyboard.press('/');
	await page.keyboard.type('france');
	await page.keyboard.press('Enter');
	await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-detour', 'fr');
	await expect(presenter.locator('#now-title')).toContainText('France');
	await presenter.bringToFront();
	await presenter.keyboard.press('Escape');
	await expect(talk(page)).not.toHaveAttribute('data-detour');
	await expect(talk(page)).toHaveAttribute('data-stop', '2');
	await expect(presenter.locator('[data-presenter]')).not.toHaveAttribute('data-detour');
	expect(problems).toEqual([]);
});

test('axe-core finds no violations with the find field open, nor in a detour', async ({ page }) => {
	await open(page, '/present?stop=3');
	await page.keyboard.press('/');
	await page.keyboard.type('a');
	await expect(page.getByRole('option').first()).toBeVisible();
	expect(await violations(page)).toEqual([]);
	await page.keyboard.press('Enter');
	await expect(talk(page)).toHaveAttribute('data-detour');
	await landed(page);
	expect(await violations(page)).toEqual([]);
});

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('Find and a tapped match take the detour; the panel’s button brings it back', async ({
		page
	}) => {
		await open(page, '/present?stop=4');
		await page.getByRole('button', { name: 'Find', exact: true }).tap();
		await field(page).fill('mexico');
		await page
			.getByRole('option', { name: /Mexico/ })
			.first()
			.tap();
		await expect(talk(page)).toHaveAttribute('data-detour', 'mx');
		await page.getByRole('button', { name: 'Back to stop 4' }).tap();
		await expect(talk(page)).not.toHaveAttribute('data-detour');
		await expect(talk(page)).toHaveAttribute('data-stop', '4');
	});
});
