// Profiles the home page's first load at 4x CPU throttle and prints what the main thread did from
// navigation start to the first contentful paint, by kind of work (parse, style, layout, paint,
// script, ...), and when each resource arrived: `node bench/profile-load.js [atlas|baseline]
// [rounds]` after a build. Writes the last trace to bench/results/load-trace.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { launch, openPage } from './browser.js';
import { ATLAS, BASELINE, THROTTLE } from './config.js';
import { startServers } from './server.js';

const target = process.argv[2] === 'baseline' ? BASELINE : ATLAS;
const rounds = Number(process.argv[3] ?? 3);
const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'blink.user_timing',
	'loading',
	'v8.execute'
].join(',');

/** Leaf work kinds: a trace event's name, with script named by its file. @param {any} e */
function kind(e) {
	if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule' || e.name === 'v8.compile') {
		const url = e.args?.data?.url ?? e.args?.fileName ?? '';
		return `${e.name} ${url.split('/').pop()}`;
	}
	return e.name;
}

// ATLAS_ROOT=dir profiles another build (an experiment made by editing a copy of build/).
/** @type {number[]} */
const fcps = [];
const servers = await startServers({
	atlasRoot: process.env.ATLAS_ROOT ?? new URL('../build/', import.meta.url).pathname
});
const browser = await launch();
try {
	for (let round = 0; round < rounds; round++) {
		const { page, cdp, close } = await openPage(browser, {
			shapes: target.shapes,
			throttle: THROTTLE
		});
		/** @type {any[]} */
		const events = [];
		cdp.on('Tracing.dataCollected', (chunk) => events.push(...chunk.value));
		const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
		await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
		const base = (target.name === 'atlas' ? servers.atlas : servers.baseline) ?? '';
		await page.goto(new URL(target.home, base).href, { waitUntil: 'load' });
		await page.waitForTimeout(1500);
		await cdp.send('Tracing.end');
		await done;
		await close();
		const fcp = report(events, round);
		if (fcp) fcps.push(fcp);
		await mkdir(new URL('results/', import.meta.url), { recursive: true });
		await writeFile(new URL('results/load-trace.json', import.meta.url), JSON.stringify(events));
	}
	fcps.sort((a, b) => a - b);
	console.log(
		`\nFCP median ${fcps[fcps.length >> 1]?.toFixed(0)} ms (${fcps.map((f) => f.toFixed(0)).join(', ')})`
	);
} finally {
	await browser.close();
	await servers.close();
}

/** @param {any[]} events @param {number} round */
function report(events, round) {
	const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
	const fcp = events.find((e) => e.name === 'firstContentfulPaint');
	if (!nav || !fcp) {
		console.log('no navigationStart or FCP in the trace');
		return null;
	}
	const main = events.find(
		(e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === fcp.pid
	);
	const from = nav.ts;
	const to = fcp.ts;
	const onMain = events.filter(
		(e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= from && e.ts < to
	);
	const tasks = onMain.filter((e) => e.name === 'RunTask');
	const busy = tasks.reduce((sum, t) => sum + t.dur / 1000, 0);
	const busyCpu = tasks.reduce((sum, t) => sum + (t.tdur ?? 0) / 1000, 0);
	console.log(
		`\n${target.name} round ${round + 1}: FCP at ${((to - from) / 1000).toFixed(0)} ms; main thread busy ${busy.toFixed(0)} ms (cpu ${busyCpu.toFixed(0)}) in ${tasks.length} tasks`
	);
	// Self time of every event inside a task: its duration minus its children's.
	/** @type {Map<string, number>} */
	const self = new Map();
	// The same by thread time: what the work cost the CPU, whatever else the machine was doing.
	/** @type {Map<string, number>} */
	const cpu = new Map();
	const sorted = onMain
		.filter((e) => e.name !== 'RunTask')
		.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
	/** @type {any[]} */
	const stack = [];
	for (const e of sorted) {
		while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
		const parent = stack.at(-1);
		if (parent) self.set(kind(parent), (self.get(kind(parent)) ?? 0) - e.dur / 1000);
		self.set(kind(e), (self.get(kind(e)) ?? 0) + e.dur / 1000);
		if (parent) cpu.set(kind(parent), (cpu.get(kind(parent)) ?? 0) - (e.tdur ?? 0) / 1000);
		cpu.set(kind(e), (cpu.get(kind(e)) ?? 0) + (e.tdur ?? 0) / 1000);
		stack.push(e);
	}
	for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
		if (ms >= 1)
			console.log(
				`   ${ms.toFixed(1).padStart(7)} (cpu ${(cpu.get(name) ?? 0).toFixed(1).padStart(6)})  ${name}`
			);
	}
	for (const t of tasks.filter((t) => t.dur > 20000)) {
		const inside = onMain.filter(
			(e) => e !== t && e.name !== 'RunTask' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur
		);
		/** @type {Map<string, number>} */
		const by = new Map();
		for (const e of inside) by.set(kind(e), (by.get(kind(e)) ?? 0) + (e.dur ?? 0) / 1000);
		const top = [...by]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 4)
			.map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
			.join(', ');
		console.log(
			`   task ${(t.dur / 1000).toFixed(0)} ms at +${((t.ts - from) / 1000).toFixed(0)}: ${top}`
		);
	}
	const responses = events.filter((e) => e.name === 'ResourceFinish' && e.ts < to + 500000);
	const sends = new Map(
		events
			.filter((e) => e.name === 'ResourceSendRequest')
			.map((e) => [e.args.data.requestId, e.args.data.url.split('/').pop()])
	);
	for (const r of responses) {
		const url = sends.get(r.args.data.requestId) ?? '?';
		if (process.env.RESOURCES)
			console.log(`   resource ${url} done at +${((r.ts - from) / 1000).toFixed(0)}`);
	}
	return (to - from) / 1000;
}
