import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

test('the map geometry ships once: in the HTML, never again in JS or JSON', () => {
	const html = readFileSync('build/index.html', 'utf8');
	const paths = [...html.matchAll(/<path id="shape-(\w+)" d="([^"]+)"/g)];
	expect(paths.length).toBe(22);
	const assets = filesUnder('build').filter((f) => /\.(js|json)$/.test(f));
	expect(assets.length).toBeGreaterThan(0);
	const shipped = assets.map((f) => readFileSync(f, 'utf8')).join('\n');
	for (const [, iso2, d] of paths) {
		expect(html.split(d!).length - 1, `${iso2} drawn once in the HTML`).toBe(1);
		// A 60-character run of path data is enough to find a second copy in any encoding.
		expect(shipped.includes(d!.slice(0, 60)), `${iso2} path data in a JS or JSON file`).toBe(false);
	}
	expect(shipped).not.toMatch(/"arcs":\[/);
});

test("the find field's country aliases ship, ISO's list of names does not", () => {
	const shipped = filesUnder('build')
		.filter((f) => f.endsWith('.js'))
		.map((f) => readFileSync(f, 'utf8'))
		.join('\n');
	for (const alias of ['Holland', 'Great Britain', 'USA']) expect(shipped).toContain(alias);
	// Names of countries outside the dataset, which the whole list would bring.
	for (const name of ['Afghanistan', 'Liechtenstein', 'Zimbabwe'])
		expect(shipped).not.toContain(name);
});
