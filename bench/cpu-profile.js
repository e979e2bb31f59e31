// Prints a CPU profile (CDP Profiler) by function, self and total time, with minified places
// mapped back to the sources through the build's source maps when it has them
// (`npx vite build --sourcemap`). Used by profile-click-why.js with CPU=1.
import { readFile } from 'node:fs/promises';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/** @type {Map<string, TraceMap | null>} */
const maps = new Map();

/** @param {string} url */
async function mapOf(url) {
	if (maps.has(url)) return maps.get(url);
	/** @type {TraceMap | null} */
	let map;
	try {
		const path = new URL(`../build${new URL(url).pathname}.map`, import.meta.url);
		map = new TraceMap(JSON.parse(await readFile(path, 'utf8')));
	} catch {
		map = null;
	}
	maps.set(url, map);
	return map;
}

/** @param {any} frame */
async function place(frame) {
	const { url, lineNumber, columnNumber, functionName } = frame;
	if (!url) return functionName || '(native)';
	const map = await mapOf(url);
	if (map) {
		const at = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
		if (at.source)
			return `${at.name ?? functionName ?? ''} ${at.source.replace(/^.*?(node_modules|src)\//, '$1/')}:${at.line}`;
	}
	return `${functionName} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber}`;
}

/**
 * The functions a profile's samples spent most time in between two trace timestamps (µs), each
 * with its nearest caller in the app's own sources.
 * @param {any} profile @param {number} from @param {number} to
 */
export async function profileBetween(profile, from, to) {
	/** @type {Map<number, any>} */
	const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
	/** @type {Map<number, number>} */
	const parent = new Map();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	/** @type {Map<string, number>} */
	const by = new Map();
	let t = profile.startTime;
	for (let i = 0; i < profile.samples.length; i++) {
		t += profile.timeDeltas[i];
		if (t < from || t > to) continue;
		const dt = profile.timeDeltas[i + 1] ?? 0;
		const id = profile.samples[i];
		const leaf = await place(nodes.get(id).callFrame);
		if (leaf === '(idle)' || leaf === '(program)') continue;
		let own = '';
		for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
			const name = await place(nodes.get(at).callFrame);
			if (name.includes(' src/')) {
				own = name;
				break;
			}
		}
		const key = `${leaf}  <- ${own}`;
		by.set(key, (by.get(key) ?? 0) + dt);
	}
	return [...by].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 6));
}

/** @param {any} profile */
export async function printProfile(profile) {
	/** @type {Map<number, any>} */
	const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
	/** @type {Map<number, number>} */
	const parent = new Map();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	/** @type {Map<number, number>} */
	const selfUs = new Map();
	profile.samples.forEach((id, i) => {
		selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
	});
	/** @type {Map<string, { self: number, total: number }>} */
	const by = new Map();
	/** @type {Map<number, string>} */
	const names = new Map();
	for (const n of profile.nodes) names.set(n.id, await place(n.callFrame));
	for (const [id, us] of selfUs) {
		const name = names.get(id);
		if (['(idle)', '(program)', '(root)'].includes(name)) continue;
		const entry = by.get(name) ?? { self: 0, total: 0 };
		entry.self += us;
		by.set(name, entry);
		/** @type {Set<string>} */
		const seen = new Set();
		for (let at = id; at !== undefined; at = parent.get(at)) {
			const up = names.get(at);
			if (seen.has(up)) continue;
			seen.add(up);
			const e = by.get(up) ?? { self: 0, total: 0 };
			e.total += us;
			by.set(up, e);
		}
	}
	const rows = [...by].filter(([n]) => !['(root)'].includes(n));
	console.log('\n-- CPU profile: self time --');
	for (const [name, t] of rows.sort((a, b) => b[1].self - a[1].self).slice(0, 40))
		console.log(
			`${(t.self / 1000).toFixed(1).padStart(7)} ${(t.total / 1000).toFixed(1).padStart(7)}  ${name}`
		);
	console.log('\n-- CPU profile: total time --');
	for (const [name, t] of rows.sort((a, b) => b[1].total - a[1].total).slice(0, 60))
		console.log(
			`${(t.self / 1000).toFixed(1).padStart(7)} ${(t.total / 1000).toFixed(1).padStart(7)}  ${name}`
		);
	// FOCUS=name: the stacks that spent the most time in that function.
	const focus = process.env.FOCUS;
	if (!focus) return;
	/** @type {Map<string, number>} */
	const stacks = new Map();
	for (const [id, us] of selfUs) {
		/** @type {string[]} */
		const chain = [];
		let hit = false;
		for (let at = id; at !== undefined; at = parent.get(at)) {
			const name = names.get(at);
			chain.push(name);
			if (name.includes(focus)) {
				hit = true;
				break;
			}
		}
		if (!hit) continue;
		const key = (chain.length > 9 ? [...chain.slice(0, 4), '…', ...chain.slice(-5)] : chain).join(
			'\n      <- '
		);
		stacks.set(key, (stacks.get(key) ?? 0) + us);
	}
	console.log(`\n-- stacks through ${focus} --`);
	for (const [key, us] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 6))
		console.log(`${(us / 1000).toFixed(1).padStart(7)}  ${key}`);
	void nodes;
}
