/**
 * Saves the presentation's current view as a slide: what the screen shows (read-screen.ts) made
 * into the standalone SVG of `slideSvg`, and for a PNG that same SVG drawn onto a canvas.
 * Nothing leaves the site: the font comes from its own files (which the service worker keeps
 * offline) and is embedded as a data: URL, and the PNG is drawn from a data: URL, which the
 * page's policy already allows for images.
 */
import regular from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import bold from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';
import { PRESENT_PRECISION } from '$lib/geo/projection';
import { m } from '$lib/paraglide/messages';
import type { Size } from '$lib/present/export-name';
import { visibleRegion } from '$lib/present/export-view';
import { stageBeside } from '$lib/present/framing';
import type { Measure } from '$lib/present/slide-cards';
import { mapMarkup, patternsMarkup } from '$lib/present/slide-map';
import { SLIDE_FONT, slideSvg } from '$lib/present/slide-svg';
import { readColours, readKey, readMap, readTiles } from './read-screen';
import { readTree } from './read-tree';

type Font = { weight: number; url: string };
let fonts: Promise<Font[]> | null = null;

async function asDataUrl(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(m.export_error_font({ status: response.status }));
	const blob = new Blob([await response.arrayBuffer()], { type: 'font/woff2' });
	return new Promise((done, fail) => {
		const reader = new FileReader();
		reader.onload = () => done(String(reader.result));
		reader.onerror = () => fail(reader.error);
		reader.readAsDataURL(blob);
	});
}

/** Both weights the slide uses, read once per page; a failed read is tried again next time. */
export function embeddedFonts(): Promise<Font[]> {
	fonts ??= Promise.all([
		asDataUrl(regular).then((url) => ({ weight: 400, url })),
		asDataUrl(bold).then((url) => ({ weight: 700, url }))
	]).catch((error) => {
		fonts = null;
		throw error;
	});
	return fonts;
}

/** Text widths in the slide's own font, which the presentation has already loaded. */
export async function measurer(): Promise<Measure> {
	await Promise.all([400, 700].map((w) => document.fonts.load(`${w} 24px "${SLIDE_FONT}"`)));
	const context = document.createElement('canvas').getContext('2d')!;
	return (text, size, weight) => {
		context.font = `${weight} ${size}px "${SLIDE_FONT}", sans-serif`;
		return context.measureText(text).width;
	};
}

/** The view of the presentation in `root` (its `[data-present]` element) as an SVG file. */
export async function slideOf(
	root: Element,
	{ title, source }: { title: string; source: string },
	size: Size
): Promise<string> {
	// A flight or a recolouring still under way settles first: the slide shows where it lands.
	const finite = root
		.getAnimations({ subtree: true })
		.filter((a) => a.effect?.getTiming().iterations !== Infinity);
	await Promise.allSettled(finite.map((a) => a.finished));
	const tree = root.querySelector<SVGSVGElement>('[data-tree-stage] svg');
	if (tree) {
		const subtitle = root.querySelector('[data-panel] .when')?.textContent?.trim() || null;
		return treeSlideSvg(root, tree, { title, subtitle, source }, size);
	}
	const svg = root.querySelector<SVGSVGElement>('svg[data-map]')!;
	const panel = root.querySelector('[data-panel]')!.getBoundingClientRect();
	const stage = stageBeside(panel, { width: innerWidth, height: innerHeight });
	const { a, e, f } = svg.getScreenCTM()!;
	const { shapes, perPixel } = readMap(svg);
	const year = root.querySelector('[data-year]')?.textContent?.trim() || null;
	const key = readKey(root, year);
	const fills = [...shapes.map((s) => s.paint.fill), ...key.map((k) => k.fill)];
	return slideSvg({
		size,
		title,
		subtitle: year,
		source,
		key,
		colours: readColours(root),
		region: visibleRegion({ a, e, f }, stage),
		precision: PRESENT_PRECISION,
		map: mapMarkup(shapes, perPixel),
		patterns: patternsMarkup(readTiles(svg), fills),
		fonts: await embeddedFonts(),
		measure: await measurer()
	});
}

/**
 * A tree stop's slide: its branch as drawn (`tree`, the talk's `TreeStage` picture), under its
 * title and date (`subtitle`), over the source line. The saved slide and the tour video share it.
 */
export async function treeSlideSvg(
	root: Element,
	tree: SVGSVGElement,
	{ title, subtitle, source }: { title: string; subtitle: string | null; source: string },
	size: Size
): Promise<string> {
	return slideSvg({
		size,
		title,
		subtitle,
		source,
		key: [],
		colours: readColours(root),
		region: [
			[0, 0],
			[1, 1]
		],
		precision: 1,
		map: '',
		patterns: '',
		picture: readTree(tree),
		fonts: await embeddedFonts(),
		measure: await measurer()
	});
}

/** The SVG drawn at its own pixel size into a PNG. */
export async function pngOf(svg: string, { width, height }: Size): Promise<Blob> {
	const image = new Image(width, height);
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	[canvas.width, canvas.height] = [width, height];
	canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
	return new Promise((done, fail) =>
		canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error(m.export_error_png()))))
	);
}

/**
 * Offers `blob` as a download, through a link placed in `near`: under a modal dialog the rest of
 * the page is inert.
 */
export function saveFile(blob: Blob, name: string, near: Element): void {
	const url = URL.createObjectURL(blob);
	const link = near.appendChild(document.createElement('a'));
	link.href = url;
	link.download = name;
	link.hidden = true;
	link.click();
	link.remove();
	// The browser has the file by the time the download starts; the URL can go well after.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
