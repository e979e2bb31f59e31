/**
 * Rasterises a preview SVG to PNG at build time with resvg (a native renderer shipped inside its
 * npm package: no browser, no network). The images carry no text, so no font is loaded.
 */
import { Resvg } from '@resvg/resvg-js';
import { PREVIEW, previewSvg } from './map-svg.server';

export function previewPng(highlight: string | null): Uint8Array {
	const svg = new Resvg(previewSvg(highlight), {
		fitTo: { mode: 'width', value: PREVIEW.width },
		font: { loadSystemFonts: false },
		shapeRendering: 2
	});
	return svg.render().asPng();
}
