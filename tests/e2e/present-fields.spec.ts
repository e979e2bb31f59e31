import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

// The talk's two form fields, measured where they once failed: the find field on a phone (10em
// tall, its matches over its close button) and the video's years at 1024×768 ("196" of 1964).

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('the find field is one line high and its matches leave its close button free', async ({
		page
	}) => {
		await page.goto('/it/present?tour=history&stop=3');
		await hydrated(page);
		await page.getByRole('button', { name: 'Cerca', exact: true }).tap();
		const field = page.getByRole('combobox', { name: 'Trova un paese' });
		await expect(field).toBeFocused();
		await field.fill('bra');
		await expect(page.getByRole('option').first()).toContainText('Brasile');

		const fieldBox = (await field.boundingBox())!;
		const fontSize = await field.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(fieldBox.height, 'one line of text and its padding').toBeLessThan(2.5 * fontSize);

		const close = page.getByRole('button', { name: 'Torna alla presentazione' });
		const closeBox = (await close.boundingBox())!;
		const listBox = (await page.getByRole('listbox').boundingBox())!;
		expect(listBox.y, 'matches start below the close button').toBeGreaterThanOrEqual(
			closeBox.y + closeBox.height
		);
		await close.tap();
		await expect(page.locator('[data-find]')).toHaveCount(0);
	});
});

test.describe('at 1024×768', () => {
	test.use({ viewport: { width: 1024, height: 768 } });

	for (const lang of ['en', 'es', 'pt', 'fr', 'it']) {
		test(`${lang}: the video's year fields show all four digits`, async ({ page }) => {
			await page.goto(`/${lang === 'en' ? '' : `${lang}/`}present?tour=history`);
			await hydrated(page);
			await page.keyboard.press('?');
			await page.locator('[data-help] details summary').last().click();
			const fields = page.locator('[data-help] input[type="number"]');
			await expect(fields).toHaveCount(2);
			for (const field of await fields.all()) {
				await field.scrollIntoViewIfNeeded();
				// The digits' width in the field's own font, against the room left beside the spin
				// buttons (Chromium keeps their place, about 15 px, even when they are hidden).
				const fit = await field.evaluate((el: HTMLInputElement) => {
					const style = getComputedStyle(el);
					const context = document.createElement('canvas').getContext('2d')!;
					context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
					const room =
						el.clientWidth -
						parseFloat(style.paddingInlineStart) -
						parseFloat(style.paddingInlineEnd);
					return { text: context.measureText(el.value).width, room, value: el.value };
				});
				expect(fit.value).toMatch(/^\d{4}$/);
				expect(fit.text + 15, `${fit.value} beside the spin buttons`).toBeLessThanOrEqual(fit.room);
			}
		});
	}
});
