/**
 * The map of a saved slide: the screen's shapes with the paint the screen gives them, taken from
 * the page's computed styles and written as attributes, since a standalone file has no page
 * stylesheet. The screen draws strokes in screen pixels whatever the zoom; `unitsPerPixel`
 * turns them into the paths' own units, so every line keeps its weight relative to the map.
 */
import { escapeXml, num, svgPaint } from './svg-text';

export interface Paint {
	/** Computed CSS values, as `getComputedStyle` gives them. */
	fill: string;
	stroke: string;
	/** In screen pixels. */
	strokeWidth: number;
	dash: readonly number[];
}

export type Shape = (
	{ kind: 'path'; d: string } | { kind: 'circle'; cx: number; cy: number; r: number }
) & { paint: Paint };

export interface Tile {
	id: string;
	width: number;
	height: number;
	/** The pattern's transform on the map, and for the colour key's swatches. */
	transform: string;
	keyTransform: string;
	parts: ((
		| { kind: 'rect'; x: number; y: number; width: number; height: number }
		| { kind: 'circle'; cx: number; cy: number; r: number }
	) & { fill: string })[];
}

/** Every paint attribute, spelt out, so a shape's own paint never inherits part of another. */
function paintAttributes(paint: Paint, unitsPerPixel: number): string {
	const fill = svgPaint(paint.fill);
	const stroke = svgPaint(paint.stroke);
	const dash = paint.dash.filter((d) => d > 0).map((d) => num(d * unitsPerPixel));
	return (
		` fill="${fill.paint}" fill-opacity="${num(fill.opacity)}"` +
		` stroke="${stroke.paint}" stroke-opacity="${num(stroke.opacity)}"` +
		` stroke-width="${num(paint.strokeWidth * unitsPerPixel)}"` +
		` stroke-dasharray="${dash.length ? dash.join(' ') : 'none'}"`
	);
}

/** The shapes in one group; the paint most of them share is written once, on the group. */
export function mapMarkup(shapes: readonly Shape[], unitsPerPixel: number): string {
	const paints = shapes.map((s) => paintAttributes(s.paint, unitsPerPixel));
	const counts = new Map<string, number>();
	for (const p of paints) counts.set(p, (counts.get(p) ?? 0) + 1);
	const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
	const body = shapes
		.map((shape, i) => {
			const own = paints[i] === common ? '' : paints[i];
			return shape.kind === 'path'
				? `<path d="${escapeXml(shape.d)}"${own}/>`
				: `<circle cx="${num(shape.cx)}" cy="${num(shape.cy)}" r="${num(shape.r)}"${own}/>`;
		})
		.join('');
	return `<g stroke-linejoin="round"${common}>${body}</g>`;
}

function tileMarkup(tile: Tile, id: string, transform: string): string {
	const parts = tile.parts.map((part) => {
		const { paint, opacity } = svgPaint(part.fill);
		const fill = ` fill="${paint}"${opacity < 1 ? ` fill-opacity="${num(opacity)}"` : ''}`;
		return part.kind === 'rect'
			? `<rect x="${num(part.x)}" y="${num(part.y)}" width="${num(part.width)}" height="${num(part.height)}"${fill}/>`
			: `<circle cx="${num(part.cx)}" cy="${num(part.cy)}" r="${num(part.r)}"${fill}/>`;
	});
	return (
		`<pattern id="${escapeXml(id)}" width="${num(tile.width)}" height="${num(tile.height)}"` +
		` patternUnits="userSpaceOnUse" patternTransform="${escapeXml(transform)}">${parts.join('')}</pattern>`
	);
}

/**
 * Each pattern that `fills` (computed CSS fills) refers to, twice: as the map uses it, and as
 * `<id>-key` for the colour key. The page's other patterns (the atlas's tactic colouring) stay out.
 */
export function patternsMarkup(tiles: readonly Tile[], fills: readonly string[]): string {
	const used = new Set(fills.map((fill) => svgPaint(fill).paint));
	return tiles
		.filter((t) => used.has(`url(#${t.id})`))
		.map((t) => tileMarkup(t, t.id, t.transform) + tileMarkup(t, `${t.id}-key`, t.keyTransform))
		.join('');
}
