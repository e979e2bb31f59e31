// Traces one first click on Brazil at 4x CPU throttle with Blink's own detail categories and
// prints, for each task of the panel's style, layout and paint, which named events ran inside
// them: `node bench/profile-layout.js [categories]` after a build. An aid to profile-click.js
// when a Layout or Paint is long and the question is what it spent its time on. Writes the trace
// to bench/results/layout-trace.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { launch } from './browser.js';
import { readyToClick } from './click-page.js';
import { ATLAS } from './config.js';
import { startServers } from './server.js';
import { CATEGORIES, recordTrace } from './trace.js';

const EXTRA = process.argv[2] ?? 'blink,blink.debug,fonts,disabled-by-default-blink.debug.layout';
const OF_INTEREST = new Set([
	'Layout',
	'UpdateLayoutTree',
	'Paint',
	'EventDispatch',
	'RunMicrotasks'
]);
const target = ATLAS;
const servers = await startServers({ atlasRoot: new URL('../build/', import.meta.url).pathname });
const browser = await launch();
try {
	const { page, cdp, close } = await readyToClick(browser, servers.atlas ?? '', target);
	const events = await recordTrace(cdp, [...CATEGORIES, 'v8.execute', EXTRA], async () => {
		await page.mouse.down();
		await page.mouse.up();
		await page.waitForTimeout(1000);
	});
	await close();
	await mkdir(new URL('results/', import.meta.url), { recursive: true });
	await writeFile(new URL('results/layout-trace.json', import.meta.url), JSON.stringify(events));
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
	const t0 = onMain.find((e) => e.name === 'RunTask' && e.dur > 1000)?.ts ?? 0;
	for (const outer of onMain.filter((e) => OF_INTEREST.has(e.name) && e.dur > 2000)) {
		const inside = onMain.filter(
			(e) => e !== outer && e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + outer.dur
		);
		/** @type {Map<string, [number, number]>} */
		const by = new Map();
		for (const e of inside) {
			const [ms, n] = by.get(e.name) ?? [0, 0];
			by.set(e.name, [ms + (e.dur ?? 0) / 1000, n + 1]);
		}
		console.log(
			`${outer.name} ${(outer.dur / 1000).toFixed(1)} ms at +${((outer.ts - t0) / 1000).toFixed(0)}`
		);
		for (const [name, [ms, n]] of [...by].sort((a, b) => b[1][0] - a[1][0]).slice(0, 14))
			console.log(`   ${ms.toFixed(1).padStart(6)}  ${String(n).padStart(5)}x ${name}`);
	}
} finally {
	await browser.close();
	await servers.close();
}
