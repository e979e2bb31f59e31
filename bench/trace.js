// The main-thread work an interaction costs, from a Chromium trace: every task the page's main
// thread ran from the action until `windowMs` later (idle time costs nothing, so a window longer
// than the work only adds what the interaction itself scheduled: timers, microtasks, a script
// compiled or fetched on first use).

/** @typedef {import('@playwright/test').CDPSession} CDPSession */

/** What the bench traces: the main thread's tasks and what ran in them. */
export const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/**
 * Records a Chromium trace of `categories` around `action`: a marker in the trace's own clock
 * (`bench:action`; the task that runs the action starts after it), the action, then the events.
 * @param {CDPSession} cdp @param {string[]} categories @param {() => Promise<unknown>} action
 * @returns {Promise<any[]>}
 */
export async function recordTrace(cdp, categories, action) {
	/** @type {any[]} */
	const events = [];
	/** @param {{ value: any[] }} chunk */
	const collect = (chunk) => events.push(...chunk.value);
	cdp.on('Tracing.dataCollected', collect);
	const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.start', {
		categories: categories.join(','),
		transferMode: 'ReportEvents'
	});
	await cdp.send('Runtime.evaluate', { expression: 'console.timeStamp("bench:action")' });
	await action();
	await cdp.send('Tracing.end');
	await done;
	cdp.off('Tracing.dataCollected', collect);
	return events;
}

/**
 * @param {CDPSession} cdp @param {() => Promise<unknown>} action @param {number} windowMs
 * @returns {Promise<{ totalMs: number, longestMs: number, tasks: number }>}
 */
export async function traceTasks(cdp, action, windowMs) {
	const events = await recordTrace(cdp, CATEGORIES, async () => {
		await action();
		await new Promise((resolve) => setTimeout(resolve, windowMs));
	});
	return summariseTasks(events, windowMs);
}

/** @param {any[]} events @param {number} windowMs */
export function summariseTasks(events, windowMs) {
	const main = events.find(
		(e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && isPage(events, e.pid)
	);
	const marker = events.find(
		(e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench:action'
	);
	if (!main || !marker) throw new Error('no main thread or marker in the trace');
	const from = marker.ts;
	const to = from + windowMs * 1000;
	const tasks = events
		.filter(
			(e) =>
				e.pid === main.pid &&
				e.tid === main.tid &&
				e.ph === 'X' &&
				e.name === 'RunTask' &&
				e.ts > from &&
				e.ts < to
		)
		.map((e) => (e.dur ?? 0) / 1000);
	return {
		totalMs: tasks.reduce((a, b) => a + b, 0),
		longestMs: Math.max(0, ...tasks),
		tasks: tasks.length
	};
}

/** The renderer whose main thread stamped the marker is the page's. @param {any[]} events @param {number} pid */
function isPage(events, pid) {
	return events.some((e) => e.pid === pid && e.name === 'TimeStamp');
}
