import { describe, expect, it } from 'vitest';
import { dataset, source } from '../dataset';
import { atlasCitation, attribution, bibtex, latestDate, sourceCitation } from './citation';

describe('latestDate', () => {
	it('is the latest dated event of the whole dataset: the Russian fusion of May 2019', () => {
		expect(latestDate(dataset)).toBe('2019-05-03/2019-05-04');
	});

	it('skips undated events and looks at the tendency too', () => {
		const tendencyOnly = {
			tendency: { ...dataset.tendency, events: [{ id: 'x', date: '2030', text: 't', cite: [] }] },
			countries: [
				{ ...dataset.countries[0]!, events: [{ id: 'y', date: null, text: 't', cite: [] }] }
			]
		};
		expect(latestDate(tendencyOnly)).toBe('2030');
	});
});

describe('citations', () => {
	it('credits the source as its licence asks: title, authors, address, licence', () => {
		const text = attribution(source);
		for (const part of [source.title, 'Wikipedia contributors', source.url, source.licence])
			expect(text).toContain(part);
	});

	it('gives the atlas its address only when it is known', () => {
		expect(atlasCitation(null)).not.toContain('http');
		expect(atlasCitation('https://atlas.example/')).toContain('https://atlas.example/');
	});

	it('dates the source by the latest event it describes', () => {
		expect(sourceCitation(source, latestDate(dataset))).toContain('May 2019');
	});
});

describe('bibtex', () => {
	const text = bibtex(source, latestDate(dataset), 'https://atlas.example/');

	it('has two balanced @misc entries', () => {
		expect(text.match(/@misc\{/g)).toHaveLength(2);
		expect(text.split('{').length).toBe(text.split('}').length);
	});

	it('names the source with its year, address and licence', () => {
		expect(text).toContain('author = {Wikipedia contributors}');
		expect(text).toContain(`howpublished = {${source.url}}`);
		expect(text).toContain('year = {2019}');
		expect(text).toContain('CC BY-SA 4.0');
	});

	it('leaves out an unknown address and escapes braces', () => {
		const odd = bibtex({ ...source, title: 'A {braced} title' }, '2019', null);
		expect(odd).not.toContain('howpublished = {https://atlas');
		expect(odd).toContain('A \\{braced\\} title');
	});
});
