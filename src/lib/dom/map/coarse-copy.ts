/**
 * Keeps the talk's coarse copy of its map (the map in flight, PresentMap.svelte) drawn as the map
 * is: every country takes the map's own attributes that choose its fill and outline (`DRAWN_AS`:
 * the year's status, the talk's marks). The map stays their one owner; whatever paints or marks
 * it (`paintYear`, `markCountries`) is followed here, in the microtask after the change, so
 * before the frame that shows it.
 */
import { coarseCountries, countriesOf, countryLinks, DRAWN_AS, isoOf } from '$lib/geo/map-dom';

/** Draws `copy`'s countries as `map` draws them, now and after every change; returns the stop. */
export function followMap(map: SVGSVGElement, copy: SVGSVGElement): () => void {
	const copied = new Map(coarseCountries(copy).map((shape) => [shape.dataset.iso, shape]));
	const mirror = (link: Element) => {
		const shape = copied.get(isoOf(link as SVGAElement));
		if (!shape) return;
		for (const name of DRAWN_AS) {
			const value = link.getAttribute(name);
			if (value === shape.getAttribute(name)) continue;
			if (value === null) shape.removeAttribute(name);
			else shape.setAttribute(name, value);
		}
	};
	countryLinks(map).forEach(mirror);
	const group = countriesOf(map);
	if (!group) return () => {};
	const observer = new MutationObserver((records) => {
		for (const record of records) mirror(record.target as Element);
	});
	observer.observe(group, { subtree: true, attributes: true, attributeFilter: [...DRAWN_AS] });
	return () => observer.disconnect();
}
