import { expect, test } from '@playwright/test';
import { fullSession } from './session';

test('no request of a full session leaves the origin', async ({ page, context, baseURL }) => {
	// A whole visit of some ten pages: on a loaded 2-core machine it can outlast the default 30 s.
	test.slow();
	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	// The context also sees the service worker's requests (its precache), not only the page's.
	context.on('request', (request) => requests.push(request.url()));
	const steps = await fullSession(page);
	// The session ran to its end (a step that fails throws before it is recorded).
	expect(steps.at(-1)).toBe('leave the presentation');
	await page.evaluate(() => navigator.serviceWorker.ready);
	const foreign = requests.filter((url) => new URL(url).origin !== origin);
	expect(foreign).toEqual([]);
	// Enough to be sure the session was recorded at all: the pages, their code and the precache.
	expect(requests.length).toBeGreaterThan(50);
	test.info().annotations.push({ type: 'requests recorded', description: String(requests.length) });
});
