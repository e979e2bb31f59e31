// Profiles one first click on Brazil at 4x CPU throttle and prints the main thread's tasks with
// what they spent their time on: `node bench/profile-click.js [atlas|baseline]` after a build.
// Writes the whole trace to bench/results/click-trace.json for the DevTools performance panel.
import { mkdir, writeFile } from 'node:fs/promises';
import { launch } from './browser.js';
import { readyToClick } from './click-page.js';
import { ATLAS, BASELINE } from './config.js';
import { startServers } from './server.js';
import { CATEGORIES, recordTrace } from './trace.js';

const target = process.argv[2] === 'baseline' ? BASELINE : ATLAS;
const servers = await startServers({ atlasRoot: new URL('../build/', import.meta.url).pathname });
const browser = await launch();
try {
	const base = (target.name === 'atlas' ? servers.atlas : servers.baseline) ?? '';
	const { page, cdp, close } = await readyToClick(browser, base, target);
	const events = await recordTrace(cdp, [...CATEGORIES, 'v8.execute'], async () => {
		await page.mouse.down();
		await page.mouse.up();
		await page.waitForTimeout(1000);
	});
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
