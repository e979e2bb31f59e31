import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

// Plan B (issue 17, part 4): the timeline recorded in the browser as a WebM file.

async function openVideo(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
	await page.keyboard.press('?');
	await page.locator('[data-help-tools] summary').click();
	const video = page.locator('[data-video]');
	return video;
}

/** The file's duration and a sample of its pixels at two times, read in a page of its own. */
async function inspect(page: Page, bytes: Buffer) {
	await page.goto('about:blank');
	return page.evaluate(async (base64) => {
		const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const video = document.body.appendChild(document.createElement('video'));
		video.muted = true;
		video.src = URL.createObjectURL(new Blob([data], { type: 'video/webm' }));
		await new Promise((done) => (video.onloadedmetadata = done));
		// Seeking past the end makes the browser read the duration to the last frame. Waiting for
		// that seek to finish keeps its late 'seeked' from answering the next seek below.
		video.currentTime = 1e9;
		await new Promise((done) => (video.onseeked = done));
		const duration = video.duration;
		const canvas = document.createElement('canvas');
		[canvas.width, canvas.height] = [video.videoWidth, video.videoHeight];
		const context = canvas.getContext('2d')!;
		const frameAt = async (time: number) => {
			video.currentTime = time;
			await new Promise((done) => (video.onseeked = done));
			context.drawImage(video, 0, 0);
			return context.getImageData(0, 0, canvas.width, canvas.height).data;
		};
		const a = await frameAt(0.4);
		const b = await frameAt(duration - 0.4);
		let changed = 0;
		for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i]! - b[i]!) > 24) changed++;
		return { duration, width: video.videoWidth, height: video.videoHeight, changed };
	}, bytes.toString('base64'));
}

test('a span of years is recorded as a 1920x1080 WebM whose frames change from year to year', async ({
	page
}) => {
	test.slow();
	const video = await openVideo(page, '/es/present');
	await video.getByLabel('Desde').fill('2009');
	await video.getByLabel('hasta').fill('2010');
	const download = page.waitForEvent('download', { timeout: 60_000 });
	await video.getByRole('button', { name: 'Grabar el vídeo' }).click();
	await expect(video.getByRole('status')).toContainText('Grabando');
	const file = await download;
	expect(file.suggestedFilename()).toBe('imt-atlas-2009-2010.webm');
	await expect(video.getByRole('status')).toContainText('Guardado imt-atlas-2009-2010.webm');

	const bytes = readFileSync((await file.path())!);
	// Every WebM (Matroska) file opens with the EBML magic number.
	expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
	const seen = await inspect(page, bytes);
	expect([seen.width, seen.height]).toEqual([1920, 1080]);
	expect(seen.duration).toBeGreaterThan(1.5);
	expect(seen.duration).toBeLessThan(6);
	// The year's label and the countries that changed between 2009 and 2010 (the split of
	// January 2010) differ between the first and the last frame.
	expect(seen.changed).toBeGreaterThan(500);
});

test('a recording can be cancelled, and then saves nothing', async ({ page }) => {
	test.slow();
	const video = await openVideo(page, '/present');
	let downloads = 0;
	page.on('download', () => downloads++);
	await video.getByRole('button', { name: 'Record the video' }).click();
	await expect(video.getByRole('status')).toContainText('Recording');
	await video.getByRole('button', { name: 'Cancel' }).click();
	await expect(video.getByRole('status')).toHaveText('Recording cancelled.');
	await expect(video.getByRole('button', { name: 'Record the video' })).toBeVisible();
	expect(downloads).toBe(0);
});
