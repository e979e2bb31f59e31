// Takes a heap snapshot of the hydrated home page (as the bench measures its heap: 1280x800, 4x
// CPU throttle, after a forced GC) and prints what it holds: self size per kind of object, the
// compiled code per script, the largest strings and the objects that retain most.
// `node bench/profile-heap.js [atlas|baseline] [path]` after a build; the snapshot is written to
// bench/results/heap-{atlas,baseline}.heapsnapshot for the DevTools memory panel.
import { mkdir, writeFile } from 'node:fs/promises';
import { heapAfterGc, launch, openPage } from './browser.js';
import { ATLAS, BASELINE, THROTTLE } from './config.js';
import { startServers } from './server.js';

const target = process.argv[2] === 'baseline' ? BASELINE : ATLAS;
const path = process.argv[3] ?? target.home;
const servers = await startServers({ atlasRoot: new URL('../build/', import.meta.url).pathname });
const browser = await launch();
/** @type {string} */
let json;
try {
	const { page, cdp, close } = await openPage(browser, {
		shapes: target.shapes,
		throttle: THROTTLE
	});
	const base = (target.name === 'atlas' ? servers.atlas : servers.baseline) ?? '';
	await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
	await page.waitForSelector(target.hydrated, { state: 'attached' });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	console.log(`heap after GC: ${((await heapAfterGc(cdp)) / 1e6).toFixed(3)} MB`);
	/** @type {string[]} */
	const chunks = [];
	cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
	await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
	json = chunks.join('');
	await close();
} finally {
	await browser.close();
	await servers.close();
}
await mkdir(new URL('results/', import.meta.url), { recursive: true });
await writeFile(new URL(`results/heap-${target.name}.heapsnapshot`, import.meta.url), json);
report(JSON.parse(json));

/** @param {any} snapshot */
function report(snapshot) {
	const meta = snapshot.snapshot.meta;
	const nodeFields = meta.node_fields.length;
	const edgeFields = meta.edge_fields.length;
	const nodeTypes = meta.node_types[0];
	const edgeTypes = meta.edge_types[0];
	const { nodes, edges, strings } = snapshot;
	const count = nodes.length / nodeFields;
	const type = (/** @type {number} */ n) => nodeTypes[nodes[n * nodeFields]];
	const name = (/** @type {number} */ n) => strings[nodes[n * nodeFields + 1]];
	const self = (/** @type {number} */ n) => nodes[n * nodeFields + 3];
	const firstEdge = new Uint32Array(count + 1);
	for (let n = 0; n < count; n++) {
		firstEdge[n + 1] = firstEdge[n] + nodes[n * nodeFields + 4] * edgeFields;
	}
	/** @param {number} n @returns {Array<{ type: string, name: string | number, to: number }>} */
	const out = (n) => {
		const list = [];
		for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += edgeFields) {
			const kind = edgeTypes[edges[e]];
			const label = kind === 'element' || kind === 'hidden' ? edges[e + 1] : strings[edges[e + 1]];
			list.push({ type: kind, name: label, to: edges[e + 2] / nodeFields });
		}
		return list;
	};
	let total = 0;
	/** @type {Map<string, number>} */
	const byKind = new Map();
	for (let n = 0; n < count; n++) {
		total += self(n);
		const kind =
			type(n) === 'object' || type(n) === 'code' || type(n) === 'hidden'
				? `${type(n)} ${name(n).slice(0, 50)}`
				: type(n);
		byKind.set(kind, (byKind.get(kind) ?? 0) + self(n));
	}
	console.log(`snapshot total self size: ${(total / 1e6).toFixed(3)} MB, ${count} nodes`);
	print('self size by kind', byKind, 40);

	// Compiled code per script: each SharedFunctionInfo and what it owns alone (bytecode,
	// scope info, feedback metadata), under the script it was compiled from.
	/** @type {Map<number, string>} */
	const scriptName = new Map();
	/** @type {Map<string, number>} */
	const byScript = new Map();
	// Builtins and other code shared by many functions are counted once, under the first.
	const counted = new Set();
	for (let n = 0; n < count; n++) {
		if (type(n) !== 'code') continue;
		const edgesOut = out(n);
		const script = edgesOut.find((e) => e.name === 'script' || e.name === 'script_or_debug_info');
		if (!script) continue;
		let url = scriptName.get(script.to);
		if (url === undefined) {
			const source = out(script.to).find((e) => e.name === 'name');
			url = source ? name(source.to) : `(script ${name(script.to)})`;
			scriptName.set(script.to, url);
		}
		let size = self(n);
		for (const e of edgesOut) {
			if (type(e.to) !== 'code' || counted.has(e.to)) continue;
			if (out(e.to).some((x) => x.name === 'script')) continue;
			counted.add(e.to);
			size += self(e.to);
		}
		const key = url.split('/').pop() || url || '(anonymous)';
		byScript.set(key, (byScript.get(key) ?? 0) + size);
	}
	print('code per script (functions and the code they hold)', byScript, 40);

	/** @type {Map<string, number>} */
	const bigStrings = new Map();
	for (let n = 0; n < count; n++) {
		const t = type(n);
		if (
			(t === 'string' || t === 'concatenated string' || t === 'sliced string') &&
			self(n) > 2000
		) {
			bigStrings.set(`${self(n)} ${name(n).slice(0, 100).replace(/\s+/g, ' ')}`, self(n));
		}
	}
	print('strings over 2 kB', bigStrings, 30);
}

/** @param {string} title @param {Map<string, number>} map @param {number} limit */
function print(title, map, limit) {
	console.log(`\n${title}:`);
	const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, limit);
	for (const [key, size] of rows) console.log(`${(size / 1e3).toFixed(1).padStart(9)} kB  ${key}`);
}
