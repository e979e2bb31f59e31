/**
 * A page's preview image as SVG, for chat apps and social sites that show a card for a shared
 * link: the atlas's map, coloured by status as the page is built (today), in the light scheme's
 * colours; a country page's card frames that country and dims the others. It carries no text, so
 * one image serves a page in every language (the card's words are the page's title and
 * description, in its language).
 */
import { readFileSync } from 'node:fs';
import { countries } from '$lib/data/dataset';
import { statusOf } from '$lib/data/status';
import { encodeRings, type Ring } from '$lib/geo/encode';
import { mainlandBounds } from '$lib/geo/mainland';
import { numericOf } from '$lib/geo/markup.server';
import { MAP_HEIGHT, MAP_WIDTH } from '$lib/geo/projection';
import { worldRings } from '$lib/geo/rings.server';
import { targetFor } from '$lib/geo/targets';
import { previewBox } from './frame';
import { PREVIEW_SIZE } from './size';
import { colour, lightColours } from './palette';

export const PREVIEW = PREVIEW_SIZE;

// Read from the source tree, where the build runs: a `?raw` import of a stylesheet is empty
// under vitest, which leaves CSS alone.
const colours = lightColours(readFileSync('src/lib/styles/palette.css', 'utf8'));
const c = (name: string) => colour(colours, name);
const num = (n: number) => String(Math.round(n * 100) / 100);

let world: Map<string, Ring[]> | undefined;
/** The atlas's own shapes, made once for every image of the build. */
const rings = () => (world ??= worldRings().rings);

/** The two statuses that carry a pattern on screen carry it here too (see Patterns.svelte). */
function patterns(scale: number): string {
	const t = (extra = '') => `patternTransform="scale(${num(scale)})${extra}"`;
	return (
		`<pattern id="split" width="6" height="6" patternUnits="userSpaceOnUse" ${t(' rotate(45)')}>` +
		`<rect width="6" height="6" fill="${c('status-split')}"/>` +
		`<rect width="2" height="6" fill="#fff" fill-opacity="0.55"/></pattern>` +
		`<pattern id="predecessor" width="6" height="6" patternUnits="userSpaceOnUse" ${t()}>` +
		`<rect width="6" height="6" fill="${c('status-predecessor')}"/>` +
		`<circle cx="3" cy="3" r="1.1" fill="#fff" fill-opacity="0.85"/></pattern>`
	);
}

const FILLS: Record<string, string> = {
	section: c('status-section'),
	group: c('status-group'),
	split: 'url(#split)',
	predecessor: 'url(#predecessor)',
	none: c('status-none')
};

/** The preview of the world (`highlight` null) or of one dataset country. */
export function previewSvg(highlight: string | null): string {
	const all = rings();
	const own = highlight ? (all.get(numericOf(highlight)) ?? []) : [];
	const box = previewBox(
		own.length ? mainlandBounds(own) : null,
		{
			width: MAP_WIDTH,
			height: MAP_HEIGHT
		},
		PREVIEW.width / PREVIEW.height
	);
	// Map units per pixel of the image: strokes keep the weight they have on screen.
	const px = box.width / PREVIEW.width;
	const data = new Set(countries.map((country) => numericOf(country.iso2)));
	const land = [...all]
		.filter(([id, shape]) => !data.has(id) && shape.length)
		.map(([, shape]) => `<path d="${encodeRings(shape)}"/>`)
		.join('');
	const dim = highlight ? ` fill-opacity="0.4"` : '';
	const shapes = countries
		.filter((country) => country.iso2 !== highlight)
		.map((country) => {
			const shape = all.get(numericOf(country.iso2)) ?? [];
			return shape.length
				? `<path d="${encodeRings(shape)}" fill="${FILLS[statusOf(country)]}"${dim}/>`
				: '';
		})
		.join('');
	const target = targetFor(own);
	const lit = highlight
		? `<path d="${encodeRings(own)}" fill="${FILLS[statusOf(countries.find((x) => x.iso2 === highlight)!)]}" stroke="${c('outline-selected')}" stroke-width="${num(3 * px)}"/>` +
			(target
				? `<circle cx="${target.x}" cy="${target.y}" r="${num(14 * px)}" fill="none" stroke="${c('outline-selected')}" stroke-width="${num(2.5 * px)}"/>`
				: '')
		: '';
	const viewBox = [box.x, box.y, box.width, box.height].map(num).join(' ');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW.width}" height="${PREVIEW.height}" viewBox="${viewBox}">` +
		`<defs>${patterns(px / (MAP_WIDTH / PREVIEW.width))}</defs>` +
		`<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" fill="${c('ocean')}"/>` +
		`<g stroke="${c('land-stroke')}" stroke-width="${num(0.8 * px)}" stroke-linejoin="round">` +
		`<g fill="${c('land-none')}"${dim}>${land}</g>${shapes}</g>${lit}</svg>`
	);
}
