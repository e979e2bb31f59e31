import { describe, expect, it } from 'vitest';
import { keyCard, paint, textLines, titleCard, type Colours } from './slide-cards';

const colours: Colours = {
	ocean: '#e9f0f5',
	paper: '#ffffff',
	ink: '#0b0b0b',
	inkSoft: '#3d3d3d',
	rule: '#8a8a8a'
};
const measure = (text: string, size: number) => text.length * size * 0.5;
const rects = (svg: string) =>
	[...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('paint', () => {
	it.each([
		['fill', '#ffffff', 1, ' fill="#ffffff"'],
		['fill', '#ffffff', 0.9, ' fill="#ffffff" fill-opacity="0.9"'],
		['stroke', 'rgba(0, 0, 0, 0.5)', 0.5, ' stroke="#000000" stroke-opacity="0.25"'],
		['fill', 'url("#pattern-split")', 1, ' fill="url(#pattern-split)"']
	] as const)('%s %s at %d', (name, css, opacity, expected) =>
		expect(paint(name, css, opacity)).toBe(expected)
	);
});

describe('textLines', () => {
	it('places each line a line height lower, escaped', () => {
		expect(textLines(['a', '<b>'], [10, 100], [20, 700], '#000000')).toBe(
			'<text x="10" y="118.5" font-size="20" font-weight="700" fill="#000000">a</text>' +
				'<text x="10" y="143.5" font-size="20" font-weight="700" fill="#000000">&lt;b&gt;</text>'
		);
	});
});

describe('titleCard', () => {
	it('wraps a title too wide for the card', () => {
		const svg = titleCard('word '.repeat(60).trim(), null, colours, measure);
		expect(svg.match(/font-size="64"/g)!.length).toBeGreaterThan(1);
	});

	it('sizes the card to the wider of title and subtitle', () => {
		const width = (svg: string) => Number(/width="([\d.]+)"/.exec(svg)![1]);
		expect(width(titleCard('Peru', 'a much longer subtitle', colours, measure))).toBeGreaterThan(
			width(titleCard('Peru', null, colours, measure))
		);
	});
});

describe('keyCard', () => {
	const entry = (label: string) => ({ label, fill: '#8f1d21' });

	it.each([
		['five short entries: one row', 5, 'short', 1],
		[
			'five long entries: several rows',
			5,
			'a label long enough to need a row of its own, wider than half the slide',
			5
		],
		['none: no card', 0, 'x', 0]
	])('%s', (_, count, label, rows) => {
		const svg = keyCard(
			Array.from({ length: count }, () => entry(label)),
			1000,
			colours,
			measure
		);
		const swatches = rects(svg).slice(1);
		expect(new Set(swatches.map(([, y]) => y)).size).toBe(rows);
		// The card ends where it was asked to.
		if (rows) {
			const [, top] = rects(svg)[0]!;
			const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
			expect(top! + height).toBeCloseTo(1000, 6);
		}
	});

	it('fills a pattern entry from the key’s own copy of the pattern, a dashed entry with an outline', () => {
		const svg = keyCard(
			[
				{ label: 'Split away', fill: 'url("#pattern-split")' },
				{ label: 'Dashed', fill: 'none', dashed: true }
			],
			1000,
			colours,
			measure
		);
		expect(svg).toContain('fill="url(#pattern-split-key)"');
		expect(svg).toContain('fill="none" stroke="#0b0b0b" stroke-width="2.5" stroke-dasharray="6 4"');
	});
});
