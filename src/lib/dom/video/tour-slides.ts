/**
 * The tour as slides, one per stop: the map at the stop's year, framed by the stop as the talk
 * frames it on a 1920x1080 screen (`tourFrame`), with its title, its panel beside the map, the
 * colour key and the stop's source line, in the saved slide's layout (`slideSvg`). Read, as the
 * year video's slides are, from a copy of the talk's map kept out of sight, zoomed for each stop
 * as the talk's camera zooms: strokes and hatching keep their screen widths, small countries'
 * rings go once their shapes are large enough to see, and the stop's country is outlined. A
 * family-tree stop is its branch, drawn as the talk draws it and saved as its slide is.
 */
import { flushSync, mount, unmount } from 'svelte';
import TreeStage from '$lib/components/present/TreeStage.svelte';
import { whenText } from '$lib/data/chronology';
import { paintYear } from '$lib/dom/map/paint-year';
import { yearStatuses } from '$lib/data/year-statuses';
import { frameOf, markCountries } from '$lib/geo/map-dom';
import { PRESENT_PRECISION } from '$lib/geo/projection';
import type { Size } from '$lib/present/export-name';
import { patternScale } from '$lib/present/handout';
import { stopYear } from '$lib/present/history';
import { PAD, SLIDE_HEIGHT, SLIDE_WIDTH } from '$lib/present/slide-cards';
import { mapMarkup, patternsMarkup } from '$lib/present/slide-map';
import { panelCard } from '$lib/present/slide-panel';
import { mapHeightOf, slideSvg } from '$lib/present/slide-svg';
import { stopText } from '$lib/present/stop-text';
import { citedParagraphs, sourceLine, stopCountry, stopTitle } from '$lib/present/stops';
import { tourFrame } from '$lib/present/tour-frame';
import { TREE_MOMENTS } from '$lib/present/tree-stops';
import type { Stop } from '$lib/present/tour';
import { embeddedFonts, measurer, treeSlideSvg } from '../slide/slide-export';
import { readColours, readKey, readMap, readTiles } from '../slide/read-screen';
import { imageOf, offscreenMap } from './year-slides';

/** The copy's map at zoom `k`, as the talk's camera sets it (PresentMap's `setZoom`). */
function zoomCopy(svg: SVGSVGElement, k: number, rings: boolean) {
	const holder = svg.parentElement!;
	holder.style.setProperty('--k', String(k));
	holder.dataset.rings = rings ? 'on' : 'off';
	for (const pattern of svg.querySelectorAll('pattern')) {
		// The design's own transform, kept as the talk's map keeps it before scaling the tiles.
		pattern.dataset.transform ??= pattern.getAttribute('patternTransform') ?? '';
		pattern.setAttribute(
			'patternTransform',
			`${pattern.dataset.transform} scale(${patternScale(k).toFixed(4)})`
		);
	}
}

/**
 * A tree stop's frame: its branch drawn out of sight by the talk's own `TreeStage`, at the
 * talk's 1920x1080 size and in its theme (inside `root`), and read as the saved slide reads it.
 */
async function treeFrame(root: Element, stop: Stop & { kind: 'tree' }, size: Size) {
	const holder = root.appendChild(document.createElement('div'));
	holder.setAttribute('aria-hidden', 'true');
	holder.inert = true;
	Object.assign(holder.style, { position: 'fixed', top: '0', left: `${-2 * SLIDE.width}px` });
	[holder.style.width, holder.style.height] = [`${SLIDE.width}px`, `${SLIDE.height}px`];
	const stage = mount(TreeStage, { target: holder, props: { moment: stop.n } });
	try {
		flushSync();
		const moment = TREE_MOMENTS[stop.n];
		return await treeSlideSvg(
			root,
			holder.querySelector('svg')!,
			{
				title: stopTitle(stop),
				subtitle: moment ? whenText({ date: moment.date }) : null,
				source: sourceLine(citedParagraphs(stop))
			},
			size
		);
	} finally {
		await unmount(stage);
		holder.remove();
	}
}

/** The slide's own units, whatever pixel size it is drawn at. */
const SLIDE = { width: SLIDE_WIDTH, height: SLIDE_HEIGHT };

/** One frame per stop of `stops`, drawn at `size`, lazily as the recorder asks for it. */
export async function* tourSlides(
	root: Element,
	stops: readonly Stop[],
	size: Size
): AsyncGenerator<{ index: number; image: HTMLImageElement }> {
	const [fonts, measure] = await Promise.all([embeddedFonts(), measurer()]);
	const colours = readColours(root);
	const copy = offscreenMap(root, SLIDE.width);
	try {
		for (const [index, stop] of stops.entries()) {
			if (stop.kind === 'tree') {
				yield { index, image: await imageOf(await treeFrame(root, stop, size), size) };
				continue;
			}
			const year = stopYear(stop);
			const iso2 = stopCountry(stop)?.iso2 ?? null;
			paintYear(copy.svg, year === null ? null : yearStatuses(year));
			const unmark = markCountries(copy.svg, [iso2], 'aria-current', 'step');
			const frame = tourFrame(frameOf(copy.svg, iso2), SLIDE);
			zoomCopy(copy.svg, frame.k, frame.rings);
			const { shapes, perPixel } = readMap(copy.svg);
			unmark();
			const key = readKey(root, year === null ? null : String(year));
			const fills = [...shapes.map((s) => s.paint.fill), ...key.map((k) => k.fill)];
			const source = sourceLine(citedParagraphs(stop));
			const panel = panelCard(
				stopText(stop, `${index + 1} / ${stops.length}`),
				{
					x: frame.panelX,
					y: PAD,
					width: SLIDE.width - frame.panelX - PAD,
					height: mapHeightOf(source, measure) - 1.5 * PAD
				},
				colours,
				measure
			);
			const svg = slideSvg({
				size,
				title: stopTitle(stop),
				subtitle: year === null ? null : String(year),
				source,
				key,
				colours,
				region: frame.region,
				precision: PRESENT_PRECISION,
				map: mapMarkup(shapes, perPixel),
				patterns: patternsMarkup(readTiles(copy.svg), fills),
				fonts,
				measure,
				panel: { markup: panel.markup, x: frame.panelX }
			});
			yield { index, image: await imageOf(svg, size) };
		}
	} finally {
		copy.remove();
	}
}
