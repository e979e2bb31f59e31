import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { woffCodePoints } from './woff-cmap';

const require = createRequire(import.meta.url);
const font = (file: string) =>
	readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/${file}`));

describe('woffCodePoints', () => {
	const latin = woffCodePoints(font('atkinson-hyperlegible-latin-400-normal.woff'), inflateSync);
	const ext = woffCodePoints(font('atkinson-hyperlegible-latin-ext-400-normal.woff'), inflateSync);

	const rows: { name: string; set: Set<number>; char: string; expected: boolean }[] = [
		{ name: 'latin has A', set: latin, char: 'A', expected: true },
		{ name: 'latin has É', set: latin, char: 'É', expected: true },
		{ name: 'latin has the no-break space', set: latin, char: '\u00a0', expected: true },
		{ name: 'latin has the closing quote', set: latin, char: '’', expected: true },
		{ name: 'latin has no Ā', set: latin, char: 'Ā', expected: false },
		{ name: 'latin-ext has Ā', set: ext, char: 'Ā', expected: true },
		{ name: 'latin-ext has ő', set: ext, char: 'ő', expected: true },
		{ name: 'latin-ext has no A', set: ext, char: 'A', expected: false },
		// Its unicode-range names U+2191, but the file has no glyph for it.
		{ name: 'latin has no ↑', set: latin, char: '↑', expected: false }
	];
	for (const { name, set, char, expected } of rows) {
		it(name, () => expect(set.has(char.codePointAt(0)!)).toBe(expected));
	}

	it('refuses a file that is not WOFF', () => {
		expect(() => woffCodePoints(new Uint8Array(64), inflateSync)).toThrow(/WOFF/);
	});
});
