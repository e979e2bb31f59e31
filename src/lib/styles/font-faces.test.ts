import { describe, expect, it } from 'vitest';
import { fontFaces, inRanges } from './font-faces';

describe('fontFaces', () => {
	it('reads family, weight, style, file and ranges', () => {
		const css = `/* latin */
@font-face {
  font-family: 'Atkinson Hyperlegible';
  font-style: normal;
  font-weight: 700;
  src: url(./files/a.woff2) format('woff2'), url(./files/a.woff) format('woff');
  unicode-range: U+0000-00FF,U+0131,U+2000-206F;
}`;
		expect(fontFaces(css)).toEqual([
			{
				family: 'Atkinson Hyperlegible',
				weight: '700',
				style: 'normal',
				url: './files/a.woff2',
				ranges: [
					[0, 0xff],
					[0x131, 0x131],
					[0x2000, 0x206f]
				]
			}
		]);
	});

	const rows: { name: string; css: string; expected: [number, number][][] }[] = [
		{ name: 'no rule', css: 'a { color: red; }', expected: [] },
		{
			name: 'no range is every code point',
			css: '@font-face{src:url(x)}',
			expected: [[[0, 0x10ffff]]]
		},
		{
			name: 'a wildcard range',
			css: '@font-face{unicode-range: U+4??}',
			expected: [[[0x400, 0x4ff]]]
		},
		{
			name: 'two rules',
			css: '@font-face{unicode-range:U+41}@font-face{unicode-range:u+100-17f}',
			expected: [[[0x41, 0x41]], [[0x100, 0x17f]]]
		}
	];
	for (const { name, css, expected } of rows) {
		it(name, () => expect(fontFaces(css).map((f) => f.ranges)).toEqual(expected));
	}
});

describe('inRanges', () => {
	const ranges: [number, number][] = [
		[0, 0xff],
		[0x2191, 0x2191]
	];
	const rows: { char: string; expected: boolean }[] = [
		{ char: 'A', expected: true },
		{ char: 'ÿ', expected: true },
		{ char: 'Ā', expected: false },
		{ char: '↑', expected: true },
		{ char: '→', expected: false }
	];
	for (const { char, expected } of rows) {
		it(`${char} ${expected ? 'in' : 'out of'} range`, () =>
			expect(inRanges(ranges, char.codePointAt(0)!)).toBe(expected));
	}
});
