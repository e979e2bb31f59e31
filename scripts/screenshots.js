// Takes screenshots of the built site at projector size, to look at after every visual change
// and for the README: `node scripts/screenshots.js [path ...]` writes screenshots/*.png.
// SCHEME=dark shows the pages as a dark-mode system would.
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { serve } from './serve.js';
import { CHROMIUM_ARGS, requireChromium } from './chromium.js';

const paths = process.argv.slice(2);
const targets = paths.length ? paths : ['/', '/country/br', '/list', '/about'];
const width = Number(process.env.WIDTH ?? 1920);
const height = Number(process.env.HEIGHT ?? 1080);
const scheme = process.env.SCHEME === 'dark' ? 'dark' : 'light';

const server = await serve({ port: 0 });
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
await mkdir('screenshots', { recursive: true });
try {
	const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
	for (const path of targets) {
		await page.goto(server.url + path);
		// Presentation stops fly for 750 ms after load; let them land.
		await page.waitForTimeout(Number(process.env.WAIT ?? 1000));
		const file = `screenshots/${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
		await page.screenshot({ path: file });
		console.log(file);
	}
} finally {
	await browser.close();
	await server.close();
}
