/**
 * What a prerendered atlas page loads first: its HTML, its CSS and the first script
 * (`dom/hover/first-load.ts`), inlined, which serves the map's hover and starts SvelteKit later.
 * Kit writes its inline start-up script to import the app at once and `modulepreload` links for
 * every module of the page; this takes the links out and hands them, with the imports, to the
 * first script's `START_HOOK`. The page's Content Security Policy allows inline scripts by
 * their hashes only: the start-up script's hash is replaced by the rewritten script's, and the
 * first script's is added. A page the rewrite does not recognise fails the build.
 */
import { createHash } from 'node:crypto';
import { START_HOOK } from '$lib/dom/hover/start-later';

const PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
const IMPORTS = /Promise\.all\(\[\s*import\(("[^"]+")\),\s*import\(("[^"]+")\)\s*\]\)/;
const POLICY = /<meta http-equiv="content-security-policy" content="[^"]*">/;

/** The CSP source that allows an inline script with this text. */
export const scriptHash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** `html` with its start-up script deferred to `START_HOOK` and `script` inlined before it. */
export function deferStart(html: string, script: string): string {
	const boot = [...html.matchAll(INLINE_SCRIPT)].find(([, text]) => IMPORTS.test(text!));
	const policy = POLICY.exec(html)?.[0];
	if (!boot || !policy) throw new Error('first load: no start-up script or no policy to rewrite');
	const old = scriptHash(boot[1]!);
	if (!policy.includes(old)) throw new Error('first load: the policy lacks the start-up hash');
	const modules = [...html.matchAll(PRELOAD)].map(([, href]) => href!);
	const text = boot[1]!.replace(
		IMPORTS,
		(imports) => `(self.${START_HOOK}||((m,b)=>b()))(${JSON.stringify(modules)},()=>${imports})`
	);
	return html
		.replace(PRELOAD, '')
		.replace(policy, () => policy.replace(old, `${scriptHash(script)} ${scriptHash(text)}`))
		.replace(boot[0], () => `<script>${script}</script><script>${text}</script>`);
}
