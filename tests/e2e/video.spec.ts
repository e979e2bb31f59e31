import { readFileSync, writeFileSync } from 'node:fs';
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

/**
 * The file's duration and a sample of its pixels at two times, read in a page of its own; with
 * `still`, the frame at that time as a PNG to look at.
 */
async function inspect(page: Page, bytes: Buffer, still?: number) {
	await page.goto('about:blank');
	return page.evaluate(
		async ([base64, still]) => {
			const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const url = URL.createObjectURL(new Blob([data], { type: 'video/webm' }));
			// A fresh element for each seek: a late 'seeked' of an earlier seek on the same element
			// (the one past the end, which reads the duration, may fire twice) would otherwise answer
			// a later one, and a frame would be drawn from the wrong time.
			const seek = async (time: number) => {
				const video = document.body.appendChild(document.createElement('video'));
				video.muted = true;
				// Decoded now, not when it would play: a frame is drawn from it at once.
				video.preload = 'auto';
				video.src = url;
				await new Promise((done) => (video.onloadedmetadata = done));
				video.currentTime = time;
				await new Promise((done) => (video.onseeked = done));
				// 'seeked' can come before the frame at that time is decoded; drawn then, it is blank.
				if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA)
					await new Promise((done) => video.addEventListener('loadeddata', done, { once: true }));
				return video;
			};
			// Seeking past the end makes the browser read the duration to the last frame.
			const end = await seek(1e9);
			const duration = end.duration;
			const canvas = document.createElement('canvas');
			[canvas.width, canvas.height] = [end.videoWidth, end.videoHeight];
			const context = canvas.getContext('2d')!;
			// Under load a frame can still be undrawn when the element says it has it: it then draws
			// as one flat colour, and two such frames would look alike. Wait for the frame to be
			// presented, then draw again until the picture is not flat.
			const flat = (d: Uint8ClampedArray) => {
				for (let i = 0; i < d.length; i += 4 * 997)
					if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) return false;
				return true;
			};
			const frameAt = async (time: number) => {
				const video = await seek(time);
				await new Promise<void>((done) => {
					video.requestVideoFrameCallback(() => done());
					setTimeout(done, 1500);
				});
				let data = new Uint8ClampedArray();
				for (let tries = 0; tries < 10; tries++) {
					context.clearRect(0, 0, canvas.width, canvas.height);
					context.drawImage(video, 0, 0);
					data = context.getImageData(0, 0, canvas.width, canvas.height).data;
					if (!flat(data)) break;
					await new Promise((done) => setTimeout(done, 200));
				}
				video.remove();
				return data;
			};
			const a = await frameAt(0.4);
			const b = await frameAt(duration - 0.4);
			let changed = 0;
			for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i]! - b[i]!) > 24) changed++;
			if (still !== undefined) await frameAt(still);
			const png = still === undefined ? null : canvas.toDataURL('image/png');
			return { duration, width: end.videoWidth, height: end.videoHeight, changed, png };
		},
		[bytes.toString('base64'), still] as const
	);
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

test('the tour is recorded as a video, each stop held five seconds with its panel', async ({
	page
}, info) => {
	test.slow();
	const video = await openVideo(page, '/present?tour=gb,br');
	// Two countries and the world they end on.
	await expect(video).toContainText('each of this tour’s 3 stops held 5 seconds');
	const download = page.waitForEvent('download', { timeout: 90_000 });
	await video.getByRole('button', { name: 'Record the tour' }).click();
	await expect(video.getByRole('status')).toContainText('Recording the tour');
	// One recording at a time: the year video waits for this one to end or be cancelled.
	await expect(video.getByRole('button', { name: 'Record the video' })).toBeDisabled();
	const file = await download;
	expect(file.suggestedFilename()).toBe('imt-atlas-tour-gb-br.webm');
	await expect(video.getByRole('status')).toContainText('Saved imt-atlas-tour-gb-br.webm');

	const bytes = readFileSync((await file.path())!);
	expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
	// The second stop, Brazil, kept to look at.
	const seen = await inspect(page, bytes, 7.5);
	writeFileSync(
		info.outputPath('tour-frame-br.png'),
		Buffer.from(seen.png!.split(',')[1]!, 'base64')
	);
	expect([seen.width, seen.height]).toEqual([1920, 1080]);
	expect(seen.duration).toBeGreaterThan(13);
	expect(seen.duration).toBeLessThan(17);
	// Britain, framed close, and the whole world differ nearly everywhere.
	expect(seen.changed).toBeGreaterThan(100_000);
});
