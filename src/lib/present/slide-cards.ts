/**
 * The text of a saved slide, drawn on cards over the map: the title top left, the colour key
 * bottom left. SVG has no text layout, so widths come from `measure` (the page measures with
 * the embedded font itself) and lines are placed by hand.
 */
import { escapeXml, num, svgPaint, wrapText } from './svg-text';

export const [SLIDE_WIDTH, SLIDE_HEIGHT, PAD, INSET] = [1920, 1080, 40, 24];

export type Measure = (text: string, size: number, weight: number) => number;

export interface Colours {
	ocean: string;
	paper: string;
	ink: string;
	inkSoft: string;
	rule: string;
}

export interface KeyEntry {
	label: string;
	/** A computed CSS colour or `url(#pattern)`; the key draws patterns from `<id>-key`. */
	fill: string;
	/** A dashed outline rather than a fill. */
	dashed?: boolean;
}

/** ` fill="#hex"` (or stroke), with its opacity when the colour is translucent. */
export function paint(name: 'fill' | 'stroke', css: string, opacity = 1): string {
	const { paint, opacity: own } = svgPaint(css);
	const alpha = own * opacity;
	return ` ${name}="${paint}"${alpha < 1 ? ` ${name}-opacity="${num(alpha)}"` : ''}`;
}

/** Lines from `top`, each `size · leading` tall, baselines set by the font's ascent. */
export function textLines(
	lines: readonly string[],
	[x, top]: [number, number],
	[size, weight]: [number, number],
	colour: string,
	leading = 1.25
): string {
	return lines
		.map((line, i) => {
			const y = top + size * (leading * i + (leading - 1) / 2 + 0.8);
			return `<text x="${num(x)}" y="${num(y)}" font-size="${size}" font-weight="${weight}"${paint('fill', colour)}>${escapeXml(line)}</text>`;
		})
		.join('');
}

/** The paper card text sits on over the map. */
export const card = (x: number, y: number, width: number, height: number, c: Colours) =>
	`<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" rx="8"${paint('fill', c.paper, 0.9)}/>`;

export function titleCard(title: string, subtitle: string | null, c: Colours, measure: Measure) {
	const [size, subSize] = [64, 40];
	const lines = wrapText(title, 1200, (t) => measure(t, size, 700));
	const sub = subtitle ? [subtitle] : [];
	const width = Math.max(
		...lines.map((t) => measure(t, size, 700)),
		...sub.map((t) => measure(t, subSize, 700))
	);
	const linesHeight = lines.length * size * 1.15;
	const height = linesHeight + sub.length * subSize * 1.25 + 2 * INSET;
	return (
		card(PAD, PAD, width + 2 * INSET, height, c) +
		textLines(lines, [PAD + INSET, PAD + INSET], [size, 700], c.ink, 1.15) +
		textLines(sub, [PAD + INSET, PAD + INSET + linesHeight], [subSize, 700], c.inkSoft)
	);
}

/**
 * The key's entries in rows, as many as fit across `width` (the slide's, or what a panel beside
 * the map leaves), the card ending at `bottom`.
 */
export function keyCard(
	key: readonly KeyEntry[],
	bottom: number,
	c: Colours,
	measure: Measure,
	width = SLIDE_WIDTH - 2 * PAD
) {
	const [size, swatchWidth, swatchHeight, gap, space, row] = [26, 40, 26, 12, 36, 44];
	let [x, line, right] = [0, 0, 0];
	const places = key.map((entry) => {
		const entryWidth = swatchWidth + gap + measure(entry.label, size, 400);
		if (x > 0 && x + entryWidth > width - 2 * INSET) [x, line] = [0, line + 1];
		const at = { x: PAD + INSET + x, line };
		right = Math.max(right, x + entryWidth);
		x += entryWidth + space;
		return at;
	});
	if (!places.length) return '';
	const height = (line + 1) * row + INSET;
	const top = bottom - height;
	const entries = key.map((entry, i) => {
		const { x, line } = places[i]!;
		const y = top + INSET / 2 + line * row;
		const pattern = /^url\(#(.+)\)$/.exec(svgPaint(entry.fill).paint);
		const look = entry.dashed
			? ` fill="none"${paint('stroke', c.ink)} stroke-width="2.5" stroke-dasharray="6 4"`
			: pattern
				? ` fill="url(#${pattern[1]}-key)"`
				: paint('fill', entry.fill);
		const swatch = `<rect x="${num(x)}" y="${num(y + (row - swatchHeight) / 2)}" width="${swatchWidth}" height="${swatchHeight}" rx="3"${look}/>`;
		const label = [x + swatchWidth + gap, y + (row - size * 1.25) / 2] as [number, number];
		return swatch + textLines([entry.label], label, [size, 400], c.ink);
	});
	return card(PAD, top, right + 2 * INSET, height, c) + entries.join('');
}
