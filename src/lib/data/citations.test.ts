/**
 * Every quoted excerpt in the dataset stands word for word in the paragraph it cites. Reads the
 * source straight from disk, independently of `validate.ts`, and reports each citation by where
 * it sits in the dataset.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import atlas from './atlas.json';

interface Cite {
	source: string;
	para: number;
	quote: string;
}

const SOURCE_FILES: Record<string, string> = {
	'wp-imt': './source/international-marxist-tendency.txt'
};

const paragraphs = Object.fromEntries(
	Object.entries(SOURCE_FILES).map(([id, file]) => [
		id,
		readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8')
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line !== '')
	])
);

/** Every citation with a readable path: `countries[br].events[0].cite[1]`. */
function citations(node: unknown, path: string): Array<{ name: string } & Cite> {
	if (Array.isArray(node)) return node.flatMap((item, i) => citations(item, `${path}[${i}]`));
	if (!node || typeof node !== 'object') return [];
	return Object.entries(node).flatMap(([key, value]) => {
		if (key === 'cite') {
			return (value as Cite[]).map((cite, i) => ({ name: `${path}.cite[${i}]`, ...cite }));
		}
		return citations(value, path ? `${path}.${key}` : key);
	});
}

const all = [
	...citations(atlas.tendency, 'tendency'),
	...atlas.countries.flatMap((c) => citations({ ...c, iso2: undefined }, `countries[${c.iso2}]`))
];

describe('citations', () => {
	it('finds citations all over the dataset', () => {
		expect(all.length).toBeGreaterThan(atlas.countries.length);
	});

	it.each(all)(
		'$name quotes whole words of its paragraph, word for word',
		({ source, para, quote }) => {
			expect(Object.keys(SOURCE_FILES)).toContain(source);
			const text = paragraphs[source]![para - 1];
			expect(text, `paragraph ${para} of ${source}`).toBeDefined();
			expect(text).toContain(quote);
			expect(quote.split(/\s+/).length, 'at least three words').toBeGreaterThanOrEqual(3);
			const at = text!.indexOf(quote);
			expect(text!.slice(Math.max(0, at - 1), at)).not.toMatch(/[\p{L}\p{N}]/u);
			// The source lost the space after some footnoted sentences ("(IMT).Woods"), so a quote
			// that ends a sentence may be followed directly by the next one.
			if (!/[.!?]$/.test(quote)) {
				expect(text!.slice(at + quote.length, at + quote.length + 1)).not.toMatch(/[\p{L}\p{N}]/u);
			}
		}
	);

	it('cites only the sources the dataset lists', () => {
		const listed = atlas.sources.map((s) => s.id).sort();
		expect(Object.keys(SOURCE_FILES).sort()).toEqual(listed);
		expect([...new Set(all.map((c) => c.source))]).toEqual(listed);
	});
});
