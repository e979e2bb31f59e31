// Serves the atlas build and the baseline from two instances of the same static server, so both
// get identical gzip and headers; the baseline is assembled in a temporary directory from
// bench/baseline/ and the library files in node_modules.
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.js';

const BASELINE_SOURCE = fileURLToPath(new URL('./baseline/', import.meta.url));
const MODULES = fileURLToPath(new URL('../node_modules/', import.meta.url));
const BASELINE_LIBRARIES = [
	'd3-array/dist/d3-array.min.js',
	'd3-geo/dist/d3-geo.min.js',
	'topojson-client/dist/topojson-client.min.js',
	'world-atlas/countries-110m.json'
];

async function assembleBaseline() {
	const dir = await mkdtemp(join(tmpdir(), 'imt-atlas-baseline-'));
	for (const file of await readdir(BASELINE_SOURCE)) {
		await copyFile(join(BASELINE_SOURCE, file), join(dir, file));
	}
	for (const file of BASELINE_LIBRARIES) {
		await copyFile(join(MODULES, file), join(dir, file.split('/').pop() ?? file));
	}
	return dir;
}

/** @param {{ atlasRoot: string | null }} options */
export async function startServers({ atlasRoot }) {
	const baselineRoot = await assembleBaseline();
	const baseline = await serve({ root: baselineRoot, port: 0 });
	const atlas = atlasRoot ? await serve({ root: atlasRoot, port: 0 }) : null;
	return {
		baseline: baseline.url,
		atlas: atlas?.url ?? null,
		async close() {
			await Promise.all([baseline.close(), atlas?.close()]);
			await rm(baselineRoot, { recursive: true, force: true });
		}
	};
}
