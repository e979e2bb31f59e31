// Vitest's global setup: compiles the messages in a child process, since the inlang SDK leaves
// handles open that would keep vitest from exiting (and so does Paraglide's Vite plugin, which
// vite.config.ts leaves out under vitest). `npm test` (scripts/test.js) compiles them once before
// vitest and svelte-check run side by side, and says so with ATLAS_MESSAGES_COMPILED=1: compiling
// again would empty the folder while svelte-check reads it.
import { execFileSync } from 'node:child_process';

export function setup() {
	if (process.env.ATLAS_MESSAGES_COMPILED === '1') return;
	execFileSync(process.execPath, ['scripts/paraglide-compile.js'], { stdio: 'inherit' });
}
