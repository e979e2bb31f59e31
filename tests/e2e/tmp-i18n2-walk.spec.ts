import { expect, test } from '@playwright/test';
import { hydrated, landed, walkTalk } from './helpers';
test.use({ reducedMotion: 'reduce', viewport: { width: 1024, height: 768 } });
for (const locale of ['fr', 'it', 'pt'])
	for (const tour of ['', '?tour=history'])
		test(`${locale} ${tour}`, async ({ page }) => {
			test.setTimeout(180_000);
			await page.goto(`/${locale}/present${tour}`);
			await hydrated(page);
			await landed(page);
			const walk = await walkTalk(page);
			expect(walk.overflowing).toEqual([]);
		});
