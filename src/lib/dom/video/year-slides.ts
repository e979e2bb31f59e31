/**
 * The timeline as slides, one per year: the whole world coloured as it stood that year, with the
 * year, the colour key and the source line, in the saved slide's layout (`slideSvg`). The talk's
 * own map is read for them, as a saved slide reads it, but through a copy kept out of sight, so
 * the audience's screen does not move while a video is made.
 */
import { paintYear } from '$lib/dom/map/paint-year';
import { yearStatuses } from '$lib/data/year-statuses';
import { MAP_WIDTH, PRESENT_PRECISION } from '$lib/geo/projection';
import type { Size } from '$lib/present/export-name';
import { WORLD } from '$lib/present/framing';
import { mapMarkup, patternsMarkup } from '$lib/present/slide-map';
import { slideSvg } from '$lib/present/slide-svg';
import { embeddedFonts, measurer } from '../slide/slide-export';
import { readColours, readKey, readMap, readTiles } from '../slide/read-screen';

/** Marks of the talk's current stop that a year of the timeline does not have. */
const STOP_MARKS = ['aria-current', 'data-visited', 'data-named'];

/** A copy of the talk's map at the world's frame, at the video's width, out of sight. */
export function offscreenMap(
	root: Element,
	width: number
): { svg: SVGSVGElement; remove: () => void } {
	const map = root.querySelector<SVGSVGElement>('svg[data-map]')!;
	const holder = root.appendChild(document.createElement('div'));
	holder.setAttribute('aria-hidden', 'true');
	holder.inert = true;
	// The camera's element's class, for the map's rules that hang on it (rings shown or not),
	// and what it sets: small countries' rings are sized from the map's layout.
	holder.className = map.parentElement?.className ?? '';
	Object.assign(holder.style, { position: 'fixed', top: '0', left: `${-2 * width}px` });
	holder.style.width = `${width}px`;
	holder.style.setProperty('--unit', String(width / MAP_WIDTH));
	holder.style.setProperty('--precision', String(PRESENT_PRECISION));
	// The map's strokes divide by the camera's zoom, which the copy does not have.
	holder.style.setProperty('--k', '1');
	const svg = holder.appendChild(map.cloneNode(true) as SVGSVGElement);
	for (const element of svg.querySelectorAll<SVGElement>('*')) {
		STOP_MARKS.forEach((name) => element.removeAttribute(name));
		// Read colours as they are, not halfway through the talk's fade between years.
		element.style.transition = 'none';
	}
	for (const pattern of svg.querySelectorAll('pattern')) {
		if (pattern.dataset.transform)
			pattern.setAttribute('patternTransform', pattern.dataset.transform);
	}
	return { svg, remove: () => holder.remove() };
}

/** Draws an SVG file into an image the size of the video's frame. */
export async function imageOf(svg: string, { width, height }: Size): Promise<HTMLImageElement> {
	const image = new Image(width, height);
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	return image;
}

/** One frame per year of `years`, titled `title`, drawn lazily as the recorder asks for it. */
export async function* yearSlides(
	root: Element,
	years: readonly number[],
	{ title, source, size }: { title: string; source: string; size: Size }
): AsyncGenerator<{ year: number; image: HTMLImageElement }> {
	const [fonts, measure] = await Promise.all([embeddedFonts(), measurer()]);
	const colours = readColours(root);
	const copy = offscreenMap(root, size.width);
	try {
		for (const year of years) {
			paintYear(copy.svg, yearStatuses(year));
			const { shapes, perPixel } = readMap(copy.svg);
			const key = readKey(root, String(year));
			const fills = [...shapes.map((s) => s.paint.fill), ...key.map((k) => k.fill)];
			const svg = slideSvg({
				size,
				title,
				subtitle: String(year),
				source,
				key,
				colours,
				region: WORLD,
				precision: PRESENT_PRECISION,
				map: mapMarkup(shapes, perPixel),
				patterns: patternsMarkup(readTiles(copy.svg), fills),
				fonts,
				measure
			});
			yield { year, image: await imageOf(svg, size) };
		}
	} finally {
		copy.remove();
	}
}
