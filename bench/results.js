// Where the run is recorded: the machine and browser it ran on, and the files written to
// bench/results/ (git-ignored): latest.json with every sample, latest.md for the README.
import { mkdir, writeFile } from 'node:fs/promises';
import { arch, cpus, release, totalmem, type } from 'node:os';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./results/', import.meta.url));

/** @param {import('@playwright/test').Browser} browser */
export function environment(browser) {
	const cores = cpus();
	return {
		date: new Date().toISOString(),
		chromium: browser.version(),
		node: process.version,
		machine: {
			cpu: cores[0]?.model ?? 'unknown',
			cores: cores.length,
			memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
			os: `${type()} ${release()} ${arch()}`
		}
	};
}

/** @param {ReturnType<typeof environment>} env @param {{ rounds: number, throttle: number, lang: string }} run */
export function heading(env, { rounds, throttle, lang }) {
	const { machine } = env;
	return (
		`${env.date.slice(0, 10)}, Chromium ${env.chromium}, ${machine.cpu} (${machine.cores} cores, ` +
		`${machine.memoryGiB} GiB), Node ${env.node}; ${rounds} interleaved rounds, ${throttle}x CPU throttle; the atlas in ${lang}`
	);
}

/** @param {object} json @param {string} markdown @returns {Promise<string>} the JSON file's path */
export async function writeResults(json, markdown) {
	await mkdir(DIR, { recursive: true });
	const file = `${DIR}latest.json`;
	await writeFile(file, `${JSON.stringify(json, null, '\t')}\n`);
	await writeFile(`${DIR}latest.md`, `${markdown}\n`);
	return file;
}
