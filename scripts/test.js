// `npm test`: everything `npm run check`, `lint`, `test:unit` and `test:e2e` run, each as it runs
// alone, with the first three side by side. svelte-check and ESLint keep one core busy each and
// vitest as many as it finds, so on a 2-core machine the three together take about as long as
// vitest alone did after the other two. The messages are compiled (and SvelteKit's types written)
// once before: each of the three reads them, and a compile empties the folder first. The builds
// and the browser tests come after, alone: the builds rewrite those same files (the pseudo-locales'
// build with other messages) and the browser tests keep both cores busy.
// Each job's output is printed whole when it ends, so that three never interleave; a job that
// fails does not stop the others (every problem is reported at once), but stops the browser tests.
import { spawn } from 'node:child_process';

/**
 * Runs `npm run <script>`, its output kept until it ends unless `live`.
 * @param {string} script
 * @param {{ live?: boolean, env?: Record<string, string> }} [options]
 * @returns {Promise<{ script: string, ok: boolean, seconds: number }>}
 */
function run(script, { live = false, env = {} } = {}) {
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', script], {
			stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ...env }
		});
		/** @type {Buffer[]} */
		const output = [];
		child.stdout?.on('data', (chunk) => output.push(chunk));
		child.stderr?.on('data', (chunk) => output.push(chunk));
		child.on('close', (code) => {
			const seconds = Math.round((Date.now() - started) / 1000);
			if (!live) process.stdout.write(Buffer.concat(output));
			console.log(`\n${code === 0 ? 'ok' : 'FAILED'}: npm run ${script} (${seconds} s)\n`);
			resolve({ script, ok: code === 0, seconds });
		});
	});
}

/** @param {{ ok: boolean }[]} results */
const allOk = (results) => results.every((r) => r.ok);

const prepared = await run('check:prepare', { live: true });
if (!prepared.ok) process.exit(1);
const side = await Promise.all([
	run('check:types'),
	run('lint'),
	run('test:unit', { env: { ATLAS_MESSAGES_COMPILED: '1' } })
]);
if (!allOk(side)) {
	const failed = side.filter((r) => !r.ok).map((r) => r.script);
	console.error(`npm test: ${failed.join(', ')} failed; the browser tests did not run`);
	process.exit(1);
}
const e2e = await run('test:e2e', { live: true });
process.exit(e2e.ok ? 0 : 1);
