// Vitest's global setup: compiles the messages in a child process, since the inlang SDK leaves
// handles open that would keep vitest from exiting (and so does Paraglide's Vite plugin, which
// vite.config.ts leaves out under vitest).
import { execFileSync } from 'node:child_process';

export function setup() {
	execFileSync(process.execPath, ['scripts/paraglide-compile.js'], { stdio: 'inherit' });
}
