// Traces one stop transition of the talk as the bench's presentation scenario plays it (type 2,
// record from Enter) and prints why its frames came late: `node bench/profile-flight.js [rate]`
// (CPU throttle, 1 by default) after a build. The frames are the bench's own (probes.js); the
// long intervals are explained by the main thread's tasks in them, the raster threads' work and
// Chromium's own frame reporter. Writes the trace to bench/results/flight-trace.json for the
// DevTools performance panel. `ATLAS_ROOT=dir` traces an edited copy of `build/`.
import { mkdir, writeFile } from 'node:fs/promises';
import { launch, openPage } from './browser.js';
import { ATLAS, FRAME_MS, PRESENTATION, THROTTLE } from './config.js';
import { startServers } from './server.js';
import { frameStats } from './stats.js';

const rate = Number(process.argv[2] ?? 1);
const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.timeline.frame',
	'v8.execute',
	'cc',
	'benchmark'
].join(',');

const servers = await startServers({
	atlasRoot: process.env.ATLAS_ROOT ?? new URL('../build/', import.meta.url).pathname
});
const browser = await launch();
try {
	const { page, cdp, setThrottle, close } = await openPage(browser, {
		shapes: ATLAS.shapes,
		throttle: THROTTLE
	});
	await page.goto(new URL(PRESENTATION.path, servers.atlas ?? '').href, {
		waitUntil: 'networkidle'
	});
	await setThrottle(rate);
	await page.waitForSelector(PRESENTATION.ready, { state: 'attached' });
	await page.keyboard.type(PRESENTATION.typed);
	/** @type {any[]} */
	const events = [];
	cdp.on('Tracing.dataCollected', (chunk) => events.push(...chunk.value));
	const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
	await page.evaluate(() =>
		/** @type {any} */ (window).__bench.recordFrames(['keydown'], 5000, 10)
	);
	await page.keyboard.press(PRESENTATION.nextKey);
	const probe = await page.evaluate(() => /** @type {any} */ (window).__bench.probe);
	await cdp.send('Tracing.end');
	await done;
	await close();
	await mkdir(new URL('results/', import.meta.url), { recursive: true });
	await writeFile(new URL('results/flight-trace.json', import.meta.url), JSON.stringify(events));

	/** @type {number[]} */
	const frames = probe.frames;
	const stats = frameStats(frames, FRAME_MS);
	const since = (/** @type {number} */ t) => (t - probe.start).toFixed(0);
	console.log(
		`${rate}x: ${frames.length - 1} intervals, ${stats.droppedPercent?.toFixed(1)} % dropped; first frame +${since(frames[0] ?? 0)} ms after the key (not counted)`
	);
	// The trace's clock is microseconds on another origin: the key's event dispatch is the anchor.
	const key = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
	if (!key) throw new Error('no keydown in the trace');
	const at = (/** @type {number} */ ms) => key.ts + (ms - probe.start) * 1000;
	const main = events.filter((e) => e.pid === key.pid && e.tid === key.tid && e.ph === 'X');
	const raster = events.filter((e) => e.pid === key.pid && e.name === 'RasterTask');
	for (let i = 1; i < frames.length; i++) {
		const from = frames[i - 1] ?? 0;
		const to = frames[i] ?? 0;
		if (to - from < 1.5 * FRAME_MS) continue;
		const inside = (/** @type {any} */ e) => e.ts >= at(from) && e.ts < at(to);
		const rasterMs = raster.filter(inside).reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0);
		console.log(
			`frame +${since(from)} → +${since(to)}: ${(to - from).toFixed(1)} ms; raster ${rasterMs.toFixed(1)} ms`
		);
		for (const task of main.filter((e) => e.name === 'RunTask' && e.dur > 4000 && inside(e))) {
			/** @type {Map<string, number>} */
			const by = new Map();
			for (const e of main) {
				if (e === task || e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + task.dur) continue;
				const name =
					e.name === 'FunctionCall'
						? `FunctionCall ${e.args?.data?.url?.split('/').pop() ?? ''}:${e.args?.data?.functionName ?? ''}`
						: e.name;
				by.set(name, (by.get(name) ?? 0) + (e.dur ?? 0) / 1000);
			}
			const top = [...by].sort((a, b) => b[1] - a[1]).slice(1, 7);
			console.log(
				`   task ${(task.dur / 1000).toFixed(1)} ms at +${((task.ts - key.ts) / 1000).toFixed(0)}`
			);
			for (const [name, ms] of top) console.log(`      ${ms.toFixed(1).padStart(6)}  ${name}`);
		}
	}
	const dropped = events.filter(
		(e) =>
			e.name === 'PipelineReporter' &&
			e.ph === 'b' &&
			e.pid === key.pid &&
			e.ts > key.ts &&
			e.args?.frame_reporter?.state === 'STATE_DROPPED' &&
			e.args?.frame_reporter?.affects_smoothness
	);
	console.log(
		`Chromium's frame reporter: ${dropped.length} dropped frames affecting smoothness, at ${dropped.map((e) => `+${((e.ts - key.ts) / 1000).toFixed(0)}`).join(' ')} ms`
	);
} finally {
	await browser.close();
	await servers.close();
}
