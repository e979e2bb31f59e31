import { expect, test, type Page } from '@playwright/test';
import { controlled, hydrated, violations } from './helpers';

// The talk's help says whether everything the talk needs is in the offline cache (issue 17, part
// 5). The service worker answers; these tests take a file out of its cache as a failing disk or
// a browser's eviction would.

async function openHelp(page: Page) {
	await page.keyboard.press('?');
	await expect(page.locator('[data-help]')).toBeVisible();
}

/** Deletes one cached script of the build from the worker's cache; returns its address. */
function dropOneScript(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const [name] = await caches.keys();
		const cache = await caches.open(name ?? '');
		const script = (await cache.keys()).find((request) => request.url.endsWith('.js'));
		if (!script) throw new Error('no script in the offline cache');
		await cache.delete(script);
		return new URL(script.url).pathname;
	});
}

test('the help says "ready offline", names a script gone from the cache and fetches it again', async ({
	page
}) => {
	// Installing caches every page of every language first: slow on a busy machine.
	test.slow();
	await page.goto('/es/present?tour=history');
	await hydrated(page);
	await controlled(page);

	await openHelp(page);
	const offline = page.locator('[data-offline]');
	await expect(offline).toHaveAttribute('data-offline', 'ready');
	await expect(offline.getByRole('status')).toContainText('Lista sin conexión');
	expect(await violations(page)).toEqual([]);

	const dropped = await dropOneScript(page);
	await page.keyboard.press('?');
	await openHelp(page);
	await expect(offline).toHaveAttribute('data-offline', 'missing');
	await expect(offline.getByRole('status')).toContainText(
		'No está lista sin conexión. Lo que falta en este navegador: 1 script.'
	);

	await offline.getByRole('button', { name: 'Guardarlos ahora' }).click();
	await expect(offline).toHaveAttribute('data-offline', 'ready');
	const back = await page.evaluate(async (path) => Boolean(await caches.match(path)), dropped);
	expect(back).toBe(true);
});

test.describe('with no service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('the help says the browser keeps no offline copy rather than "ready"', async ({ page }) => {
		await page.goto('/present');
		await hydrated(page);
		await openHelp(page);
		const offline = page.locator('[data-offline]');
		await expect(offline).toHaveAttribute('data-offline', 'unavailable', { timeout: 10_000 });
		await expect(offline.getByRole('status')).toContainText('keeps no offline copy');
	});
});
