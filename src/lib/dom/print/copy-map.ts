/**
 * The print view's maps, and the presenter view's pictures, are copies of one map. The page
 * carries the prerendered geometry once (see the print page for why) and each stop's map clones
 * it: the shapes into the stop's own group, the fill patterns into its own `<defs>` under ids of
 * its own, scaled for its zoom.
 */
import { countryLinks, isoOf } from '$lib/geo/map-dom';

/**
 * Copies the country shapes of `source` into `target`, outlining `focus`. The copies are
 * pictures: no ids (they would repeat in the page), no links (one per country per page would
 * fill the tab order and a PDF with repeated links).
 */
export function copyShapes(source: Element, target: Element, focus: string | null): void {
	target.replaceChildren(...[...source.childNodes].map((node) => node.cloneNode(true)));
	for (const element of target.querySelectorAll('[id]')) element.removeAttribute('id');
	for (const link of countryLinks(target)) {
		link.removeAttribute('href');
		link.removeAttribute('aria-label');
		if (isoOf(link) === focus) link.dataset.current = 'true';
	}
}

/**
 * Copies the patterns of `source` into `target` as `<id>-<suffix>`, tiles scaled by `scale`,
 * and points `--fill-<id>` on `svg` at each copy for the stylesheet to fill with.
 */
export function copyPatterns(
	source: Element,
	target: Element,
	svg: SVGSVGElement,
	suffix: string,
	scale: number
): void {
	target.replaceChildren();
	for (const pattern of source.querySelectorAll('pattern')) {
		const copy = pattern.cloneNode(true) as SVGPatternElement;
		copy.id = `${pattern.id}-${suffix}`;
		const design = pattern.getAttribute('patternTransform') ?? '';
		copy.setAttribute('patternTransform', `${design} scale(${scale.toFixed(4)})`);
		target.append(copy);
		// Set through the CSS object model: the strict CSP forbids style attributes.
		svg.style.setProperty(`--fill-${pattern.id}`, `url(#${copy.id})`);
	}
}
