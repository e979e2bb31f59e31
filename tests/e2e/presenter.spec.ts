import { expect, test, type Page } from '@playwright/test';
import { parseFrame } from '../../src/lib/geo/map-dom';
import { handoutFraming } from '../../src/lib/present/handout';
import { hydrated, watchConsole } from './helpers';

// Cuts rather than flights: three windows share the machine, and flights are not under test here.
test.use({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });

const TOUR = 'gb,br,fr,es,pk';
const stopOf = (page: Page, selector: string) => page.locator(selector).getAttribute('data-stop');

/** Opens a talk at stop `stop`, as a shared link does. */
async function talkOpenedAt(page: Page, query: string, stop: number) {
	await page.goto(`/present${query}&stop=${stop}`);
	await hydrated(page);
	await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', String(stop));
}

/** Opens the talk and presses PageDown until it shows stop `stop` (a long stop takes two). */
async function talkAt(page: Page, query: string, stop: number) {
	await page.goto(`/present${query}`);
	await hydrated(page);
	for (let i = 0; i < 3 * stop && Number(await stopOf(page, '[data-present]')) < stop; i++)
		await page.keyboard.press('PageDown');
	await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', String(stop));
}

async function openPresenter(page: Page, query = '') {
	await page.goto(`/present/presenter${query}`);
	await hydrated(page);
}

/** The viewBox the talk's framing gives `iso2` (null: the whole world), from the page's own map. */
async function framed(page: Page, iso2: string | null): Promise<string> {
	const frame = iso2
		? await page.locator(`svg.shared a.country[data-iso="${iso2}"]`).getAttribute('data-frame')
		: null;
	return handoutFraming(parseFrame(frame)).viewBox;
}

/** The presenter's two pictures show `current` and `next` (null: the end), framed as the talk does. */
async function expectThumbnails(page: Page, current: [string, string], next: [string, string]) {
	const maps = page.locator('[data-thumbnails] [data-stop-map]');
	await expect(maps).toHaveCount(2);
	await expect(maps.nth(0)).toHaveAccessibleName(`Current stop: ${current[1]}`);
	await expect(maps.nth(1)).toHaveAccessibleName(`Next stop: ${next[1]}`);
	await expect(maps.nth(0)).toHaveAttribute('viewBox', await framed(page, current[0]));
	await expect(maps.nth(1)).toHaveAttribute('viewBox', await framed(page, next[0]));
	await expect(maps.nth(0).locator('a[data-current]')).toHaveAttribute('data-iso', current[0]);
	// Pictures, not controls: nothing in them takes the focus.
	expect(await maps.locator('[href], [tabindex]').count()).toBe(0);
}

test('a presenter view opened at its bare address joins the talk at its stop, and moves it', async ({
	context,
	page
}, info) => {
	// Two windows and six moves: on a loaded 2-core machine it can outlast the default 30 s.
	test.slow();
	const problems = watchConsole(page);
	await talkAt(page, `?tour=${TOUR}`, 4);

	const presenter = await context.newPage();
	problems.push(...watchConsole(presenter));
	await openPresenter(presenter);
	await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-stop', '4');
	await expect(presenter.locator('#now-title')).toContainText('Spain');
	await expect(presenter).toHaveURL(new RegExp(`\\?tour=${TOUR}&stop=4$`));
	await expect(presenter.locator('[data-join-choice]')).toHaveCount(0);
	await expectThumbnails(presenter, ['es', 'Spain'], ['pk', 'Pakistan']);
	await presenter.screenshot({ path: info.outputPath('presenter-1920.png') });

	await presenter.getByRole('button', { name: 'Next →' }).click();
	await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', '5');
	await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-stop', '5');
	await expect(presenter.locator('#now-title')).toContainText('Pakistan');
	const maps = presenter.locator('[data-thumbnails] [data-stop-map]');
	await expect(maps.nth(0)).toHaveAccessibleName('Current stop: Pakistan');
	await expect(maps.nth(0)).toHaveAttribute('viewBox', await framed(presenter, 'pk'));
	await expect(maps.nth(1)).toHaveAttribute('viewBox', await framed(presenter, null));
	await expect(maps.nth(1)).toHaveAccessibleName('Next stop: The tendency worldwide');

	// The last stop has no next: its picture says so.
	await presenter.keyboard.press('End');
	await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', '6');
	await expect(maps).toHaveCount(1);
	await expect(presenter.locator('[data-no-next]')).toHaveAccessibleName(
		'No next stop: this is the last'
	);
	await presenter.screenshot({ path: info.outputPath('presenter-last-1920.png') });
	expect(problems).toEqual([]);
});

test('with two talks at different places the presenter asks which to join', async ({
	context,
	page
}, info) => {
	// Three windows: on a loaded 2-core machine it can outlast the default 30 s.
	test.slow();
	await talkOpenedAt(page, `?tour=${TOUR}`, 2);
	const history = await context.newPage();
	await talkOpenedAt(history, '?tour=history', 3);

	const presenter = await context.newPage();
	await openPresenter(presenter);
	const choice = presenter.getByRole('dialog', { name: 'Which talk?' });
	await expect(choice).toBeVisible();
	const talks = choice.getByRole('listitem').getByRole('button');
	await expect(talks).toHaveCount(2);
	await expect(talks.filter({ hasText: 'Your tour: stop 2 of 6, Brazil' })).toHaveCount(1);
	await expect(talks.filter({ hasText: /^The history: stop 3 of \d+, Ireland$/ })).toHaveCount(1);
	await presenter.setViewportSize({ width: 1280, height: 720 });
	await presenter.screenshot({ path: info.outputPath('choice-1280.png') });

	await talks.filter({ hasText: 'The history' }).click();
	await expect(choice).toHaveCount(0);
	await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-stop', '3');
	await expect(presenter.locator('#now-title')).toContainText('Ireland');
	await expect(presenter).toHaveURL(/\?tour=history&stop=3$/);
	await presenter.screenshot({ path: info.outputPath('presenter-1280.png') });
	await presenter.keyboard.press('PageDown');
	await expect(history.locator('[data-present]')).toHaveAttribute('data-stop', '4');
	// The other talk was not chosen and stays where it was.
	await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', '2');
});

test('with no talk running the presenter says so, and starts the tour when asked', async ({
	page
}, info) => {
	await openPresenter(page);
	const choice = page.getByRole('dialog', { name: 'No talk found' });
	await expect(choice).toBeVisible();
	await expect(choice.getByRole('button', { name: 'Start the tour at stop 1' })).toBeFocused();
	await page.screenshot({ path: info.outputPath('none-1920.png') });
	await page.keyboard.press('Enter');
	await expect(choice).toHaveCount(0);
	await expect(page.locator('[data-presenter]')).toHaveAttribute('data-stop', '1');
	await expect(page.locator('#now-title')).toContainText('International Marxist Tendency');
});

test('an address that names the stop is honoured, and takes the talk there', async ({
	context,
	page
}) => {
	await talkOpenedAt(page, `?tour=${TOUR}`, 2);
	const presenter = await context.newPage();
	await openPresenter(presenter, `?tour=${TOUR}&stop=5`);
	await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-stop', '5');
	await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', '5');
	await expect(presenter.locator('[data-join-choice]')).toHaveCount(0);
});

test.describe('a long stop on a 1024×768 projector', () => {
	test.use({ viewport: { width: 1024, height: 768 } });

	test('the presenter joins the talk at the part shown', async ({ context, page }) => {
		// Mexico's stop is shown in two parts at 1024×768 (see present.spec.ts).
		await talkOpenedAt(page, '?tour=fr,mx,br', 2);
		await expect(page.locator('[data-present]')).toHaveAttribute('data-parts', '2');
		await page.keyboard.press('PageDown');
		await expect(page.locator('[data-present]')).toHaveAttribute('data-part', '2');

		const presenter = await context.newPage();
		await openPresenter(presenter);
		await expect(presenter.locator('#now-title')).toContainText('Now, part 2 of 2');
		await expect(presenter.locator('#now-title')).toContainText('Mexico');
		await presenter.keyboard.press('PageDown');
		await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', '3');
	});
});

test('a tree stop is pictured as the talk draws it: its branch, not the world', async ({
	context,
	page
}) => {
	await talkOpenedAt(page, '?tour=lineage', 2);
	const presenter = await context.newPage();
	await openPresenter(presenter);
	await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-stop', '2');
	const title = (await presenter.locator('#now-title').textContent())!;
	const trees = presenter.locator('[data-thumbnails] [data-stop-tree]');
	await expect(trees).toHaveCount(2);
	await expect(presenter.locator('[data-thumbnails] [data-stop-map]')).toHaveCount(0);
	// The same branch as the audience's screen, its organisations marked.
	await expect(trees.nth(0).locator('[data-tree-stage]')).toHaveAttribute(
		'data-tree-stage',
		(await page.locator('[data-tree-stage]').getAttribute('data-tree-stage'))!
	);
	await expect(trees.nth(0).locator('svg')).toBeVisible();
	const name = (await trees.nth(0).getAttribute('aria-label'))!;
	expect(name.startsWith('Current stop: ')).toBe(true);
	expect(title).toContain(name.slice('Current stop: '.length).split(',')[0]);
	await expect(trees.nth(1)).toHaveAccessibleName(/^Next stop: /);
	// Pictures, not controls: the diagram's links are inert here.
	const focusable = await trees
		.locator('[href], [tabindex]')
		.evaluateAll((els) => els.filter((el) => !el.closest('[inert]')).length);
	expect(focusable).toBe(0);
});
