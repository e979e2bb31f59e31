/**
 * Zoom and pan on the prerendered atlas map, by d3-zoom: pinch and drag on touch screens,
 * ctrl/cmd-wheel and the map's buttons on a desktop. Not double-tap or double-click: a tap opens
 * a country, so a second tap soon after (or a quick tap on the next country) must not also zoom
 * the world under the reader's finger. Loaded after hydration, so it costs
 * neither the first paint nor a click. The zoom is one transform on the countries group; strokes
 * do not scale (vector-effect) and rings divide their radius by the scale (CSS --zoom-k), so both
 * keep their size on screen. No transition is ever animated: every step is instant, which is
 * what prefers-reduced-motion asks and costs no frames.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import { countriesOf } from '$lib/geo/map-dom';
import { MAP_HEIGHT, MAP_WIDTH } from '$lib/geo/projection';
import { MAX_ZOOM, zoomsOrPans } from './zoom-gesture';

export interface MapZoom {
	/** Zooms about the middle of the map by `factor` (2 in, 0.5 out). */
	zoomBy(factor: number): void;
	/** Back to the whole world. */
	reset(): void;
	destroy(): void;
}

/** Makes `svg` zoomable. */
export function attachZoom(svg: SVGSVGElement): MapZoom {
	const group = countriesOf(svg);
	const world: [[number, number], [number, number]] = [
		[0, 0],
		[MAP_WIDTH, MAP_HEIGHT]
	];
	const behaviour = zoom<SVGSVGElement, unknown>()
		.extent(world)
		.translateExtent(world)
		.scaleExtent([1, MAX_ZOOM])
		.duration(0)
		.filter((event) => zoomsOrPans(event, zoomTransform(svg).k))
		.on('zoom', ({ transform }) => {
			group?.setAttribute('transform', transform.toString());
			svg.style.setProperty('--zoom-k', String(transform.k));
			// Unzoomed, a swipe over the map scrolls the page; zoomed in, it pans (see WorldMap).
			svg.dataset.zoomed = transform.k > 1 ? 'in' : 'out';
		});
	// d3-zoom routes a touch double-tap through its dblclick listener too, so this removes both.
	const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
	// d3-zoom forbids every browser gesture on the map; the stylesheet decides by the scale.
	svg.style.removeProperty('touch-action');
	svg.dataset.zoomed = 'out';
	return {
		zoomBy: (factor) => behaviour.scaleBy(selection, factor),
		reset: () => behaviour.transform(selection, zoomIdentity),
		destroy() {
			selection.on('.zoom', null);
			group?.removeAttribute('transform');
			delete svg.dataset.zoomed;
		}
	};
}
