// Why a first click costs what it costs: traces one first click on Brazil at 4x CPU throttle, as
// the bench clicks (its paint probe armed), and prints
// each task as a tree of what it ran (scripts by function and place, style, layout, paint) and,
// with WHY=1, before each style recalculation and layout, what invalidated it (which node, why,
// from where). CPU=1 adds a sampled CPU profile by function (see cpu-profile.js).
// `node bench/profile-click-why.js [atlas|baseline] [--key]` after a build; `--key` presses Enter
// on Brazil's focused link instead of clicking. PROBE="js" is evaluated in the page first.
// Writes the trace to bench/results/click-why-trace.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { launch } from './browser.js';
import { pressAndWaitForPanel, readyToClick } from './click-page.js';
import { ATLAS, BASELINE } from './config.js';
import { startServers } from './server.js';
import { printProfile, profileBetween } from './cpu-profile.js';
import { CATEGORIES, recordTrace } from './trace.js';

const target = process.argv.includes('baseline') ? BASELINE : ATLAS;
const byKey = process.argv.includes('--key');
const DEPTH = Number(process.env.DEPTH ?? 3);
const MIN_MS = Number(process.env.MIN_MS ?? 0.3);
const servers = await startServers({ atlasRoot: new URL('../build/', import.meta.url).pathname });
const browser = await launch();
try {
	const base = (target.name === 'atlas' ? servers.atlas : servers.baseline) ?? '';
	const { page, cdp, close } = await readyToClick(browser, base, target, { byKey });
	const categories = [
		...CATEGORIES,
		// Invalidation tracking records a stack per invalidation: it slows DOM changes several
		// times over (a section's removal: 2.5 ms untraced, 13 ms tracked), so it is asked for.
		...(process.env.WHY
			? [
					'disabled-by-default-devtools.timeline.invalidationTracking',
					'disabled-by-default-devtools.timeline.stack'
				]
			: []),
		'v8.execute',
		'blink.user_timing',
		...(process.env.CATEGORIES ? process.env.CATEGORIES.split(',') : [])
	];
	if (process.env.CPU) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
		await cdp.send('Profiler.start');
	}
	/** @type {any} */
	let result;
	const events = await recordTrace(cdp, categories, async () => {
		result = await pressAndWaitForPanel(page, target, byKey);
		await page.waitForTimeout(1000);
		// READ="js": evaluated in the page after the click, its value printed (what PROBE recorded).
		if (process.env.READ)
			console.log('READ', JSON.stringify(await page.evaluate(process.env.READ)));
	});
	const profile = process.env.CPU ? (await cdp.send('Profiler.stop')).profile : null;
	await close();
	if (profile) await printProfile(profile);
	await mkdir(new URL('results/', import.meta.url), { recursive: true });
	await writeFile(new URL('results/click-why-trace.json', import.meta.url), JSON.stringify(events));
	console.log(`panel painted ${(result.end - result.start).toFixed(1)} ms after the press`);
	const main = events.find(
		(e) =>
			e.name === 'thread_name' &&
			e.args?.name === 'CrRendererMain' &&
			events.some((t) => t.pid === e.pid && t.name === 'TimeStamp')
	);
	const marker = events.find(
		(e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench:action'
	);
	const onMain = events
		.filter((e) => e.pid === main.pid && e.tid === main.tid)
		.sort((a, b) => a.ts - b.ts);
	const complete = onMain.filter((e) => e.ph === 'X');
	const tasks = complete.filter((e) => e.name === 'RunTask' && e.ts > marker.ts && e.dur > 1000);
	const invalidations = onMain.filter((e) => e.cat.includes('invalidationTracking'));
	const origin = tasks[0]?.ts ?? marker.ts;
	const at = (/** @type {number} */ ts) => `+${((ts - origin) / 1000).toFixed(1)}`;
	let previous = marker.ts;

	/** @param {any} e */
	function label(e) {
		const d = e.args?.data ?? e.args?.beginData ?? {};
		if (e.name === 'FunctionCall' || e.name === 'EvaluateScript')
			return `${e.name} ${d.url?.split('/').pop() ?? ''}:${d.lineNumber ?? ''}:${d.columnNumber ?? ''} ${d.functionName ?? ''}`;
		if (e.name === 'EventDispatch') return `EventDispatch ${d.type}`;
		if (e.name === 'TimerFire') return `TimerFire ${d.timerId}`;
		if (e.name === 'Layout')
			return `Layout ${d.dirtyObjects ?? ''}/${d.totalObjects ?? ''} objects`;
		if (e.name === 'UpdateLayoutTree')
			return `UpdateLayoutTree ${e.args?.elementCount ?? ''} elements`;
		return e.name;
	}

	/** @param {any} e @param {number} depth */
	function printTree(e, depth) {
		const ms = (e.dur ?? 0) / 1000;
		if (ms < MIN_MS) return;
		console.log(`${'  '.repeat(depth)}${ms.toFixed(1).padStart(6)}  ${label(e)}  ${at(e.ts)}`);
		if (e.name === 'UpdateLayoutTree' || e.name === 'Layout') printWhy(e, depth + 1);
		if (depth >= DEPTH) return;
		const end = e.ts + (e.dur ?? 0);
		/** @type {any[]} */
		const children = [];
		let edge = e.ts;
		for (const c of complete) {
			if (c === e || c.ts < e.ts || c.ts + (c.dur ?? 0) > end) continue;
			if (c.ts < edge) continue;
			children.push(c);
			edge = c.ts + (c.dur ?? 0);
		}
		for (const c of children) printTree(c, depth + 1);
	}

	/** @param {any} e @param {number} depth */
	function printWhy(e, depth) {
		const why = invalidations.filter((i) => i.ts >= previous && i.ts <= e.ts);
		previous = e.ts + (e.dur ?? 0);
		/** @type {Map<string, number>} */
		const counts = new Map();
		for (const i of why) {
			const d = i.args?.data ?? {};
			const frame = d.stackTrace?.[0];
			const where = frame
				? ` @${frame.url?.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber} ${frame.functionName}`
				: '';
			const key = `${i.name.replace('InvalidationTracking', '')} ${d.reason ?? d.invalidatedSelectorId ?? d.changedAttribute ?? d.changedPseudo ?? d.changedClass ?? d.changedId ?? ''} ${d.nodeName ?? ''}${where}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		for (const [key, n] of [...counts].slice(0, 12))
			console.log(`${'  '.repeat(depth)}        why: ${n}x ${key}`);
		if (counts.size > 12)
			console.log(`${'  '.repeat(depth)}        why: … ${counts.size - 12} more`);
	}

	for (const task of tasks) {
		printTree(task, 0);
		if (!profile || task.dur < 3000) continue;
		for (const [name, us] of await profileBetween(profile, task.ts, task.ts + task.dur))
			console.log(`          cpu ${(us / 1000).toFixed(1).padStart(5)}  ${name}`);
	}
	const total = tasks.reduce((sum, t) => sum + t.dur / 1000, 0);
	console.log(`total of tasks over 1 ms: ${total.toFixed(1)} ms in ${tasks.length} tasks`);
} finally {
	await browser.close();
	await servers.close();
}
