// A quick A/B of a first click's cost: N fresh loads of the home page (default 3), each clicking
// Brazil once as the bench does (paint probe armed, traced with the bench's categories), printing
// each run's click-to-panel time, the work of the second after the press and the longest task,
// then the medians. PROBE="js" is evaluated in the page before the click (the B of an A/B).
// `node bench/click-ab.js [runs]` after a build; `--key` presses Enter on Brazil's link instead.
import { launch } from './browser.js';
import { pressAndWaitForPanel, readyToClick } from './click-page.js';
import { ATLAS } from './config.js';
import { startServers } from './server.js';
import { traceTasks } from './trace.js';

const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
const byKey = process.argv.includes('--key');
const servers = await startServers({ atlasRoot: new URL('../build/', import.meta.url).pathname });
const browser = await launch();
/** @type {number[][]} */
const rows = [];
try {
	for (let run = 0; run < runs; run++) {
		const { page, cdp, close } = await readyToClick(browser, servers.atlas ?? '', ATLAS, {
			byKey,
			settleMs: 3000
		});
		/** @type {any} */
		let painted;
		const work = await traceTasks(
			cdp,
			async () => {
				painted = await pressAndWaitForPanel(page, ATLAS, byKey);
			},
			1000
		);
		await close();
		const row = [painted.end - painted.start, work.totalMs, work.longestMs];
		rows.push(row);
		console.log(
			`run ${run + 1}: panel ${row[0].toFixed(1)} ms, work ${row[1].toFixed(1)} ms, longest ${row[2].toFixed(1)} ms, ${work.tasks} tasks`
		);
	}
	/** @param {number[]} xs */
	const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
	const [panel, work, longest] = [0, 1, 2].map((i) => median(rows.map((r) => r[i])));
	console.log(
		`median: panel ${panel.toFixed(1)} ms, work ${work.toFixed(1)} ms, longest ${longest.toFixed(1)} ms`
	);
} finally {
	await browser.close();
	await servers.close();
}
