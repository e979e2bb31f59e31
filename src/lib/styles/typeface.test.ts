import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fontFaces, inRanges, type FontFace } from './font-faces';
import { woffCodePoints } from './woff-cmap';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const FAMILY = 'Atkinson Hyperlegible';

/**
 * Characters the typeface has no glyph for, drawn by the next family in the talk's stack
 * (`--p-font` in present.css: the system's sans-serif, `--font` in app.css) and in a slide export
 * by its `sans-serif`. No subset of the typeface has them (its only subsets are latin and
 * latin-ext, both shipped).
 */
const FALLBACK: Record<string, string> = {
	'←': 'the talk\u2019s keys and the presenter view\u2019s Previous button',
	'↑': 'the talk\u2019s keys; the latin subset\u2019s unicode-range names it, the file has no glyph',
	'→': 'the talk\u2019s keys, the presenter view\u2019s Next button, the home page\u2019s links',
	'↓': 'the talk\u2019s keys; the latin subset\u2019s unicode-range names it, the file has no glyph'
};

/** Every string value in a JSON document, keys and `$schema` left out. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => (k === '$schema' ? [] : strings(v)));
	}
	return [];
}

/** Each character of the texts, with the first file it is found in. */
function charactersOf(files: string[]): Map<string, string> {
	const found = new Map<string, string>();
	for (const file of files) {
		for (const text of strings(JSON.parse(read(file)))) {
			for (const char of text) if (!found.has(char) && char >= ' ') found.set(char, file);
		}
	}
	return found;
}

const inDir = (dir: string) =>
	readdirSync(join(root, dir))
		.filter((f) => f.endsWith('.json'))
		.map((f) => `${dir}/${f}`);
const messages = charactersOf(inDir('messages'));
const facts = charactersOf([...inDir('src/lib/data/translations'), 'src/lib/data/atlas.json']);
const all = new Map([...facts, ...messages]);

/** The faces of the typeface that present.css ships, through its `@import`s of @fontsource. */
const presentCss = read('src/lib/styles/present.css');
const shipped: (FontFace & { glyphs: Set<number> })[] = [
	...presentCss.matchAll(/@import\s+'(@fontsource\/[^']+)'/g)
].flatMap(([, spec]) => {
	const file = require.resolve(spec!);
	return fontFaces(readFileSync(file, 'utf8'))
		.filter((face) => face.family === FAMILY)
		.map((face) => {
			const woff = join(dirname(file), face.url.replace(/\.woff2$/, '.woff'));
			return { ...face, glyphs: woffCodePoints(readFileSync(woff), inflateSync) };
		});
});
const weights = [...new Set(shipped.map((f) => f.weight))];

/** The characters no shipped face of `weight` both claims in its range and has a glyph for. */
function uncovered(chars: Iterable<string>, weight: string, faces = shipped): string[] {
	const own = faces.filter((f) => f.weight === weight && f.style === 'normal');
	return [...chars].filter((char) => {
		const cp = char.codePointAt(0)!;
		return !own.some((f) => inRanges(f.ranges, cp) && f.glyphs.has(cp));
	});
}

const describeChar = (char: string) =>
	`${char} U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (${all.get(char)})`;

describe("the talk's typeface covers every character of the texts", () => {
	it('ships regular and bold faces of the typeface', () => {
		expect(weights.sort()).toEqual(['400', '700']);
	});

	it('reads the texts of every language, typographic marks included', () => {
		for (const char of ['é', 'Ñ'.toLowerCase(), 'ã', '«', '»', '’', '\u00a0', 'À']) {
			expect(all.has(char), char).toBe(true);
		}
	});

	for (const weight of ['400', '700']) {
		it(`has a glyph in a shipped ${weight} face for each character, or a named fallback`, () => {
			const missing = uncovered(all.keys(), weight).filter((c) => !(c in FALLBACK));
			expect(missing.map(describeChar)).toEqual([]);
		});
	}

	it('falls back only for characters it really lacks', () => {
		const stale = Object.keys(FALLBACK).filter(
			(c) => !all.has(c) || uncovered([c], '400').length === 0
		);
		expect(stale).toEqual([]);
	});

	it('names a fallback family after the typeface in the talk', () => {
		const stack = /--p-font:\s*([^;]+);/.exec(presentCss)?.[1] ?? '';
		expect(stack).toMatch(/^'Atkinson Hyperlegible',\s*\S/);
		expect(read('src/lib/styles/app.css')).toMatch(/--font:[^;]*sans-serif;/);
	});

	it('draws every fact in the latin files a slide export embeds', () => {
		// slide-export.ts embeds the latin subset's files only, with no unicode-range.
		const source = read('src/lib/dom/slide/slide-export.ts');
		const embedded = shipped.filter((f) => source.includes(f.url.replace('./files/', 'files/')));
		expect(embedded.map((f) => f.weight).sort()).toEqual(['400', '700']);
		const missing = uncovered(facts.keys(), '400', embedded).filter((c) => !(c in FALLBACK));
		expect(missing.map(describeChar)).toEqual([]);
	});
});
