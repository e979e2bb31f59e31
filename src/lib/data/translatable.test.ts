import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { citedFacts } from './facts';
import { proseOf, translated } from './translatable';

const prose = proseOf(dataset);

describe('proseOf', () => {
	it.each([
		['a country summary', 'gb/summary'],
		["the tendency's opening paragraph", 'tendency/summary/0'],
		["a body's gloss", 'br/bodies/esquerda-marxista/gloss'],
		['a nested note of a body that left', 'gb/bodies/militant/left.note'],
		['an event text', 'tendency/events/1974-militant-allies-sweden/text'],
		[
			"an unnamed organisation's label in the family tree",
			'lineage/organisations/iranian-section/label'
		],
		["a link's note in the family tree", 'lineage/links/cmi-renamed-imt/note']
	])('lists %s', (_, key) => {
		expect(Object.keys(prose)).toContain(key);
	});

	it('leaves names, dates and quotes to the source', () => {
		const values = Object.values(prose);
		expect(values).not.toContain('Militant');
		expect(values).not.toContain('early 1992');
		for (const key of Object.keys(prose)) expect(key).not.toMatch(/\/(name|date|quote|cite)\b/);
	});

	it("keys every fact's prose by the fact's ledger path", () => {
		const paths = new Set(citedFacts(dataset).map((f) => f.path));
		const factKeys = Object.keys(prose).filter(
			(k) => !/^[a-z]+\/summary/.test(k) && !k.startsWith('sources/')
		);
		for (const key of factKeys) expect(paths).toContain(key.split('/').slice(0, 3).join('/'));
	});

	it('keys the period each source covers by the source id, for the sources page', () =>
		expect(prose['sources/wp-imt/describes']).toBe(dataset.sources[0]!.describes));
});

describe('translated', () => {
	it('puts each translated text in its place and keeps what is not translated', () => {
		const out = translated(dataset, {
			'gb/summary': 'Resumen',
			'gb/bodies/militant/left.note': 'Nota'
		});
		const gb = out.countries.find((c) => c.iso2 === 'gb')!;
		expect(gb.summary).toBe('Resumen');
		expect(gb.bodies.find((b) => b.id === 'militant')!.left!.note).toBe('Nota');
		expect(proseOf(out)['fr/summary']).toBe(prose['fr/summary']);
	});

	it('round-trips: applying the English prose changes nothing', () => {
		expect(translated(dataset, prose)).toEqual(dataset);
	});

	it('does not touch the dataset it was given', () => {
		translated(dataset, { 'gb/summary': 'x' });
		expect(proseOf(dataset)['gb/summary']).toBe(prose['gb/summary']);
	});
});
