// An A/B of the home page's first paint across builds: `ROOTS=a:dir,b:dir node bench/load-ab.js
// [loads]` opens the home page of each build in turn (the order reversed every other round, so
// neither build always follows the other), each a fresh throttled context as the bench opens it,
// and prints per build the map painted as the bench reckons it, max(FCP, the map's frame): its
// median and every load. An edited copy of build/ is the usual B. The bench's own ratio needs the
// baseline in the same run; this compares builds only, and only loads of one run with each other.
import { launch, openPage } from './browser.js';
import { ATLAS, PAINT_TIMEOUT_MS, THROTTLE } from './config.js';
import { startServers } from './server.js';
import { median } from './stats.js';

const loads = Number(process.argv[2] ?? 8);
const builds = (process.env.ROOTS ?? '')
	.split(',')
	.filter(Boolean)
	.map((pair) => {
		// Only the first colon separates: a directory's path may hold one.
		const at = pair.indexOf(':');
		return at < 0 ? { name: '', root: '' } : { name: pair.slice(0, at), root: pair.slice(at + 1) };
	});
if (builds.length < 2 || builds.some((b) => !b.name || !b.root)) {
	console.error('usage: ROOTS=a:dir,b:dir[,…] node bench/load-ab.js [loads]');
	process.exit(2);
}
const served = [];
for (const build of builds) {
	const servers = await startServers({ atlasRoot: build.root });
	served.push({ ...build, servers, /** @type {number[]} */ times: [] });
}
const browser = await launch();
try {
	for (let round = 0; round < loads; round++) {
		for (const build of round % 2 ? [...served].reverse() : served) {
			const { page, close } = await openPage(browser, { shapes: ATLAS.shapes, throttle: THROTTLE });
			await page.goto(new URL(ATLAS.home, build.servers.atlas ?? '').href, { waitUntil: 'load' });
			await page.waitForFunction(
				() => /** @type {any} */ (window).__bench.mapPainted !== null,
				null,
				{
					timeout: PAINT_TIMEOUT_MS
				}
			);
			const { fcp, mapPainted } = await page.evaluate(() =>
				/** @type {any} */ (window).__bench.timing()
			);
			// As the bench: a load without a first contentful paint is an error, not the map's frame.
			if (fcp === null) throw new Error(`${build.name}: no first-contentful-paint entry`);
			build.times.push(Math.max(fcp, mapPainted));
			await close();
		}
	}
} finally {
	await browser.close();
	for (const build of served) await build.servers.close();
}
for (const { name, times } of served) {
	console.log(
		`${name.padEnd(12)} map painted median ${(median(times) ?? NaN).toFixed(0)} ms  (${times.map((t) => t.toFixed(0)).join(', ')})`
	);
}
