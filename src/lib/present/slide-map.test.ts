import { describe, expect, it } from 'vitest';
import { mapMarkup, patternsMarkup, type Paint, type Shape, type Tile } from './slide-map';

const land: Paint = {
	fill: 'rgb(59, 65, 80)',
	stroke: 'rgb(10, 13, 19)',
	strokeWidth: 0.8,
	dash: []
};
const path = (d: string, paint: Paint = land): Shape => ({ kind: 'path', d, paint });

describe('mapMarkup', () => {
	it('writes the shared paint once, on the group, and only the exceptions on shapes', () => {
		const section: Paint = { ...land, fill: 'rgb(255, 90, 95)' };
		const svg = mapMarkup([path('M0 0h1'), path('M1 1h1'), path('M2 2h1', section)], 2);
		expect(svg).toBe(
			'<g stroke-linejoin="round" fill="#3b4150" fill-opacity="1" stroke="#0a0d13" stroke-opacity="1" stroke-width="1.6" stroke-dasharray="none">' +
				'<path d="M0 0h1"/><path d="M1 1h1"/>' +
				'<path d="M2 2h1" fill="#ff5a5f" fill-opacity="1" stroke="#0a0d13" stroke-opacity="1" stroke-width="1.6" stroke-dasharray="none"/></g>'
		);
	});

	it.each([
		['a pattern fill', { fill: 'url("#pattern-split")' }, 'fill="url(#pattern-split)"'],
		['a see-through fill', { fill: 'rgba(0, 0, 0, 0)' }, 'fill="none"'],
		[
			'a translucent stroke',
			{ stroke: 'rgba(255, 255, 255, 0.5)' },
			'stroke="#ffffff" stroke-opacity="0.5"'
		],
		[
			'the current outline, 4 px',
			{ stroke: 'rgb(255, 225, 77)', strokeWidth: 4 },
			'stroke="#ffe14d" stroke-opacity="1" stroke-width="0.5"'
		],
		['a dashed edge', { dash: [6, 4] }, 'stroke-dasharray="0.75 0.5"'],
		['a zero dash', { dash: [0] }, 'stroke-dasharray="none"']
	] as const)('%s: screen pixels turned into path units', (_, change, expected) => {
		// Alone, a shape's paint is the group's.
		const svg = mapMarkup([path('M9 9', { ...land, ...change })], 1 / 8);
		expect(svg.slice(0, svg.indexOf('<path'))).toContain(expected);
	});

	it('writes circles with their place and radius', () => {
		const svg = mapMarkup([{ kind: 'circle', cx: 1.234, cy: 5, r: 48, paint: land }], 1);
		expect(svg).toContain('<circle cx="1.23" cy="5" r="48"/>');
	});

	it('escapes whatever the path data holds', () => {
		expect(mapMarkup([path('M0 0"/><script>&')], 1)).toContain(
			'<path d="M0 0&quot;/&gt;&lt;script&gt;&amp;"/>'
		);
	});

	it('is an empty group for no shapes', () => {
		expect(mapMarkup([], 1)).toBe('<g stroke-linejoin="round"></g>');
	});
});

describe('patternsMarkup', () => {
	const split: Tile = {
		id: 'pattern-split',
		width: 6,
		height: 6,
		transform: 'rotate(45) scale(0.75)',
		keyTransform: 'rotate(45) scale(1.25)',
		parts: [
			{ kind: 'rect', x: 0, y: 0, width: 6, height: 6, fill: 'rgb(91, 141, 239)' },
			{ kind: 'rect', x: 0, y: 0, width: 2, height: 6, fill: 'rgba(255, 255, 255, 0.55)' }
		]
	};

	it('writes each pattern for the map and for the key, colours resolved', () => {
		expect(patternsMarkup([split], ['url("#pattern-split")'])).toBe(
			'<pattern id="pattern-split" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45) scale(0.75)">' +
				'<rect x="0" y="0" width="6" height="6" fill="#5b8def"/><rect x="0" y="0" width="2" height="6" fill="#ffffff" fill-opacity="0.55"/></pattern>' +
				'<pattern id="pattern-split-key" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45) scale(1.25)">' +
				'<rect x="0" y="0" width="6" height="6" fill="#5b8def"/><rect x="0" y="0" width="2" height="6" fill="#ffffff" fill-opacity="0.55"/></pattern>'
		);
	});

	it('leaves out the patterns nothing is filled with', () => {
		const dots = { ...split, id: 'pattern-predecessor' };
		const used = patternsMarkup([split, dots], ['rgb(1, 2, 3)', 'url("#pattern-predecessor")']);
		expect(used).toContain('id="pattern-predecessor"');
		expect(used).toContain('id="pattern-predecessor-key"');
		expect(used).not.toContain('pattern-split');
		expect(patternsMarkup([split, dots], [])).toBe('');
	});

	it('escapes transforms and fills, and never writes an id a fill cannot name', () => {
		const hostile = `<script>&"'`;
		const parts = [{ kind: 'rect' as const, x: 0, y: 0, width: 6, height: 6, fill: hostile }];
		const svg = patternsMarkup(
			[{ ...split, transform: hostile, parts }],
			[split.id].map((id) => `url(#${id})`)
		);
		expect(svg).not.toMatch(/<script/);
		expect(svg).toContain('patternTransform="&lt;script&gt;&amp;&quot;&apos;"');
		expect(svg).toContain('fill="&lt;script&gt;&amp;&quot;&apos;"');
		expect(patternsMarkup([{ ...split, id: '"><script>' }], ['url(#"><script>)'])).toBe('');
	});
});
