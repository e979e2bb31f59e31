// Profiles one first click on Brazil at 4x CPU throttle and prints the main thread's tasks with
// what they spent their time on: `node bench/profile-click.js [atlas|baseline]` after a build.
// Writes the whole trace to bench/results/click-trace.json for the DevTools performance panel.
import { mkdir, writeFile } from 'node:fs/promises';
import { launch, openPage } from './browser.js';
import { ATLAS, BASELINE, THROTTLE } from './config.js';
import { startServers } from './server.js';

const target = process.argv[2] === 'baseline' ? BASELINE : ATLAS;
const servers = await startServers({ atlasRoot: new URL('../build/', import.meta.url).pathname });
const browser = await launch();
try {
	const { page, cdp, close } = await openPage(browser, {
		shapes: target.shapes,
		throttle: THROTTLE
	});
	const base = (target.name === 'atlas' ? servers.atlas : servers.baseline) ?? '';
	await page.goto(new URL(target.home, base).href, { waitUntil: 'networkidle' });
	await page.waitForSelector(target.hydrated, { state: 'attached' });
	await page.waitForTimeout(1000);
	const box = await page.locator(target.brazil).boundingBox();
	if (!box) throw new Error('Brazil is not on screen');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
	// An experiment to try before committing to it: PROBE="js" is evaluated in the page first.
	if (process.env.PROBE) await page.evaluate(process.env.PROBE);
	await page.waitForTimeout(500);
	/** @type {any[]} */
	const events = [];
	cdp.on('Tracing.dataCollected', (chunk) => events.push(...chunk.value));
	const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.start', {
		categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
		transferMode: 'ReportEvents'
	});
	await page.mouse.down();
	await page.mouse.up();
	await page.waitForTimeout(1000);
	await cdp.send('Tracing.end');
	await done;
	await close();
	await mkdir(new URL('results/', import.meta.url), { recursive: true });
	await writeFile(new URL('results/click-trace.json', import.meta.url), JSON.stringify(events));
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
	const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 1000);
	for (const task of tasks) {
		const inside = onMain.filter(
			(e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur
		);
		/** @type {Map<string, number>} */
		const by = new Map();
		for (const e of inside) {
			const key =
				e.name === 'FunctionCall'
					? `FunctionCall ${e.args?.data?.url?.split('/').pop() ?? ''}:${e.args?.data?.functionName ?? ''}`
					: e.name;
			by.set(key, (by.get(key) ?? 0) + (e.dur ?? 0) / 1000);
		}
		const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 8);
		console.log(
			`task ${(task.dur / 1000).toFixed(1)} ms at +${((task.ts - tasks[0].ts) / 1000).toFixed(0)}`
		);
		for (const [name, ms] of top) console.log(`   ${ms.toFixed(1).padStart(6)}  ${name}`);
	}
	const total = tasks.reduce((sum, t) => sum + t.dur / 1000, 0);
	console.log(`total of tasks over 1 ms: ${total.toFixed(1)} ms in ${tasks.length} tasks`);
} finally {
	await browser.close();
	await servers.close();
}
