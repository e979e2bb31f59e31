// Runs an experiment in the atlas's home page, hydrated, at the bench's CPU throttle, and prints
// what it returns: `EVAL="js expression" node bench/page-eval.js [path]` after a build.
import { launch, openPage } from './browser.js';
import { ATLAS, THROTTLE } from './config.js';
import { startServers } from './server.js';

const servers = await startServers({ atlasRoot: new URL('../build/', import.meta.url).pathname });
const browser = await launch();
try {
	const { page } = await openPage(browser, { shapes: ATLAS.shapes, throttle: THROTTLE });
	await page.goto(new URL(process.argv[2] ?? ATLAS.home, servers.atlas ?? '').href, {
		waitUntil: 'networkidle'
	});
	await page.waitForSelector(ATLAS.hydrated, { state: 'attached' });
	await page.waitForTimeout(1000);
	console.log(JSON.stringify(await page.evaluate(process.env.EVAL ?? 'null'), null, 1));
} finally {
	await browser.close();
	await servers.close();
}
