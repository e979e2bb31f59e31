import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewSvg } from './map-svg.server';
import { previewPng } from './render.server';

/** Width and height from a PNG's header, which follows its eight-byte signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	expect([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

const viewBoxOf = (svg: string) =>
	/viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number) as [number, number, number, number];

describe('previewSvg', () => {
	it('draws the whole world at the card aspect, with no text', () => {
		const svg = previewSvg(null);
		const [, , width, height] = viewBoxOf(svg);
		expect(width / height).toBeCloseTo(1200 / 630, 2);
		expect(svg).not.toMatch(/<text/);
		expect(svg).not.toMatch(/stroke="#111111"/);
	});

	it.each([
		{ iso2: 'br', name: 'Brazil, a large country' },
		{ iso2: 'sv', name: 'El Salvador, small enough for a ring' }
	])('frames and outlines $name', ({ iso2 }) => {
		const svg = previewSvg(iso2);
		const [x, , width] = viewBoxOf(svg);
		expect(width).toBeLessThan(1920);
		expect(x).toBeGreaterThanOrEqual(0);
		expect(svg).toMatch(/stroke="#111111"/);
		expect(svg).toMatch(/fill-opacity="0.4"/);
	});
});

describe('previewPng', () => {
	it.each([null, 'br', 'sv', 'ru'])('is a 1200x630 PNG: %s', (iso2) => {
		const png = previewPng(iso2);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		if (process.env.PREVIEW_OUT) writeFileSync(`${process.env.PREVIEW_OUT}/${iso2}.png`, png);
	});
});
