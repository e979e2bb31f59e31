import { describe, expect, it } from 'vitest';
import { deferStart, scriptHash } from './first-load';

// Kit's start-up script as kit 2.70 writes it into a prerendered page.
const BOOT = `
				{
					__sveltekit_x = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/_app/immutable/entry/start.A.js"),
						import("/_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2]
						});
					});
				}
			`;

const page = (boot = BOOT, hash = scriptHash(BOOT)) => `<!doctype html>
<html lang="en">
	<head>
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash}; style-src 'self'">
		<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/C.js" rel="modulepreload">
		<link href="/_app/immutable/assets/app.css" rel="stylesheet">
	</head>
	<body><div class="app-root"><main>map</main>
<script>${boot}</script>
		</div>
	</body>
</html>`;

const FIRST = 'listen();start()';
const scripts = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
const policy = (html: string) => /script-src ([^;]*);/.exec(html)![1]!.split(' ');

describe('the first load of an atlas page', () => {
	const html = deferStart(page(), FIRST);
	const [first, boot] = scripts(html);

	it.each([
		{ name: 'the first script comes first, as written', got: first, expected: FIRST },
		{
			name: 'no module is preloaded by the markup',
			got: /modulepreload/.test(html),
			expected: false
		},
		{ name: 'the stylesheet stays', got: /app\.css" rel="stylesheet"/.test(html), expected: true },
		{ name: 'the boot waits for the hook', got: /__atlasStart/.test(boot!), expected: true },
		{
			name: 'the hook gets the modules kit preloaded',
			got: boot!.includes('["/_app/immutable/entry/start.A.js","/_app/immutable/chunks/C.js"]'),
			expected: true
		},
		{
			name: 'the rest of the boot is kit’s',
			got: boot!.includes('kit.start(app, element'),
			expected: true
		},
		{
			name: 'the policy allows exactly the two scripts',
			got: policy(html),
			expected: ["'self'", scriptHash(FIRST), scriptHash(boot!)]
		}
	])('$name', ({ got, expected }) => {
		expect(got).toEqual(expected);
	});

	it('leaves the page’s markup before the scripts alone', () => {
		expect(html).toContain('<div class="app-root"><main>map</main>');
	});
});

describe('a page the rewrite does not recognise fails the build', () => {
	it.each([
		{ name: 'no start-up script', html: page('console.log(1)', scriptHash('console.log(1)')) },
		{ name: 'a policy without the start-up hash', html: page(BOOT, "'sha256-other'") },
		{ name: 'no policy', html: page().replace(/<meta http-equiv[^>]*>/, '') }
	])('$name', ({ html }) => {
		expect(() => deferStart(html, FIRST)).toThrow(/first load/);
	});
});
