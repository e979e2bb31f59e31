import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the map, its links and the country pages work', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('svg[data-map] a.country')).toHaveCount(22);
	await page.locator('a.country[data-iso="br"]').click();
	await expect(page).toHaveURL(/\/country\/br$/);
	await expect(page.locator('[data-panel="br"]')).toContainText('Esquerda Marxista');
	await expect(page.locator('a.country[aria-current="page"]')).toHaveAttribute('data-iso', 'br');
	await page.getByRole('link', { name: 'All countries as a list' }).click();
	await page.locator('table.countries a', { hasText: 'Italy' }).click();
	await expect(page.locator('[data-panel="it"]')).toContainText('Sinistra classe rivoluzione');
});
