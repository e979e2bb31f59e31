/**
 * A stop saved as a slide: one standalone SVG laid out in 1920x1080 units and drawn at any pixel
 * size, so the PNGs are rasterised from this very file. The map fills the slide above the source
 * line and shows the region the presentation's stage shows; the title sits top left and the
 * colour key bottom left, as on screen. The font is embedded, so the slide reads the same in any
 * browser, slide tool or editor.
 */
import type { Bounds } from '$lib/geo/mainland';
import type { Size } from './export-name';
import {
	INSET,
	keyCard,
	PAD,
	paint,
	SLIDE_HEIGHT as H,
	SLIDE_WIDTH as W,
	textLines,
	titleCard,
	type Colours,
	type KeyEntry,
	type Measure
} from './slide-cards';
import { escapeXml, num, wrapText } from './svg-text';

export const SLIDE_FONT = 'Atkinson Hyperlegible';

export interface Slide {
	size: Size;
	title: string;
	/** A line under the title (the year of a chronological stop), or null. */
	subtitle: string | null;
	source: string;
	key: readonly KeyEntry[];
	colours: Colours;
	/** The map's region to show, in map units; the paths' units per map unit. */
	region: Bounds;
	precision: number;
	/** From `mapMarkup` and `patternsMarkup`. */
	map: string;
	patterns: string;
	/**
	 * A picture drawn instead of the map (a tree stop's branch, see read-tree.ts): its viewBox
	 * and markup, fitted under the title; the map's fields are then not read.
	 */
	picture?: { viewBox: string; markup: string };
	/** WOFF2 files as data: URLs. */
	fonts: readonly { weight: number; url: string }[];
	measure: Measure;
	/**
	 * A card drawn over the map's end (a tour video's panel, from `panelCard`), and where it
	 * begins across the slide, so the colour key stays clear of it.
	 */
	panel?: { markup: string; x: number };
}

const SOURCE_SIZE = 24;

/** The source line's lines, and the height of the band at the slide's foot they take. */
function sourceBand(source: string, measure: Measure): { lines: string[]; band: number } {
	const lines = wrapText(source, W - 2 * PAD, (t) => measure(t, SOURCE_SIZE, 400));
	return { lines, band: lines.length * SOURCE_SIZE * 1.3 + INSET };
}

/** How tall the map is above the source line: cards over the map end above it. */
export const mapHeightOf = (source: string, measure: Measure) =>
	H - sourceBand(source, measure).band;

export function slideSvg(s: Slide): string {
	const size = SOURCE_SIZE;
	const { lines: source, band } = sourceBand(s.source, s.measure);
	const mapHeight = H - band;
	const [[x0, y0], [x1, y1]] = s.region;
	const viewBox = [x0, y0, x1 - x0, y1 - y0].map(num).join(' ');
	const faces = s.fonts.map(
		(f) =>
			`@font-face{font-family:'${SLIDE_FONT}';font-style:normal;font-weight:${f.weight};` +
			`src:url("${escapeXml(f.url)}") format("woff2")}`
	);
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${s.size.width}" height="${s.size.height}"` +
		` viewBox="0 0 ${W} ${H}" font-family="'${SLIDE_FONT}', sans-serif">` +
		`<title>${escapeXml(s.title)}</title>` +
		`<defs><style>${faces.join('')}</style>${s.patterns}</defs>` +
		(s.picture
			? pictureMarkup(s.picture, mapHeight, s.colours)
			: `<rect width="${W}" height="${H}"${paint('fill', s.colours.ocean)}/>` +
				// The map keeps its region whole (meet); what lies beyond it fills the slide's margins.
				`<svg width="${W}" height="${num(mapHeight)}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">` +
				`<g transform="scale(${num(1 / s.precision)})">${s.map}</g></svg>`) +
		`<rect y="${num(mapHeight)}" width="${W}" height="${num(band)}"${paint('fill', s.colours.paper)}/>` +
		`<rect y="${num(mapHeight)}" width="${W}" height="2"${paint('fill', s.colours.rule)}/>` +
		textLines(source, [PAD, mapHeight + INSET / 2], [size, 400], s.colours.inkSoft, 1.3) +
		titleCard(s.title, s.subtitle, s.colours, s.measure) +
		keyCard(s.key, mapHeight - PAD / 2, s.colours, s.measure, (s.panel?.x ?? W) - 2 * PAD) +
		(s.panel?.markup ?? '') +
		`</svg>\n`
	);
}

/** Room the title card takes at the top of the slide (one line of title and its subtitle). */
const TITLE_ROOM = 240;

/** A picture on the paper, whole (meet), between the title card and the source line. */
function pictureMarkup(picture: { viewBox: string; markup: string }, bottom: number, c: Colours) {
	const [x, y, width, height] = [PAD, TITLE_ROOM, W - 2 * PAD, bottom - TITLE_ROOM - PAD];
	return (
		`<rect width="${W}" height="${H}"${paint('fill', c.paper)}/>` +
		`<svg x="${x}" y="${y}" width="${num(width)}" height="${num(height)}"` +
		` viewBox="${escapeXml(picture.viewBox)}" preserveAspectRatio="xMidYMid meet">` +
		`${picture.markup}</svg>`
	);
}
