import { describe, expect, it } from 'vitest';
import { escapeXml, num, svgPaint, wrapText } from './svg-text';

describe('escapeXml', () => {
	it.each([
		['France', 'France'],
		[`<script>&"'`, '&lt;script&gt;&amp;&quot;&apos;'],
		['a]]>b', 'a]]&gt;b'],
		['Source: “IMT” ¶5 · ok', 'Source: “IMT” ¶5 · ok'],
		[
			'bell\u0007 and nul\u0000 go, tab\t and newline\n stay',
			'bell and nul go, tab\t and newline\n stay'
		],
		['&amp;', '&amp;amp;']
	])('%j → %j', (text, expected) => expect(escapeXml(text)).toBe(expected));
});

describe('num', () => {
	it.each([
		[1, '1'],
		[0.125, '0.13'],
		[-3.14159, '-3.14'],
		[1920, '1920'],
		[0.001, '0']
	])('%d → %s', (n, expected) => expect(num(n)).toBe(expected));
});

describe('svgPaint', () => {
	it.each([
		['rgb(255, 90, 95)', '#ff5a5f', 1],
		['rgba(255, 255, 255, 0.55)', '#ffffff', 0.55],
		['rgb(10 20 30 / 50%)', '#0a141e', 0.5],
		['rgba(0, 0, 0, 0)', 'none', 1],
		['transparent', 'none', 1],
		['none', 'none', 1],
		['', 'none', 1],
		['url("#pattern-split")', 'url(#pattern-split)', 1],
		["url('#pattern-predecessor')", 'url(#pattern-predecessor)', 1],
		['url(#pattern-split) none', 'url(#pattern-split)', 1],
		['#ff5a5f', '#ff5a5f', 1],
		[' #10141c ', '#10141c', 1],
		['"/><script>', '&quot;/&gt;&lt;script&gt;', 1]
	])('%j → %s at %d', (css, paint, opacity) => expect(svgPaint(css)).toEqual({ paint, opacity }));
});

describe('wrapText', () => {
	const measure = (text: string) => text.length * 10;
	it.each([
		['one line', 200, ['one line']],
		['a b c d e f', 30, ['a b', 'c d', 'e f']],
		['averyveryverylongword then more', 50, ['averyveryverylongword', 'then', 'more']],
		['  spaced   out  ', 200, ['spaced out']],
		['', 100, []]
	])('%j in %i', (text, width, lines) => expect(wrapText(text, width, measure)).toEqual(lines));
});
