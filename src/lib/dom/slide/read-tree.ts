/**
 * Reads a tree stop's branch as the screen draws it, for a saved slide: the diagram's shapes and
 * labels with the paint the stylesheet gives them right now (marked or faint, dashed, bold), as
 * attributes, so the slide needs no stylesheet and looks the same in any SVG reader. What only
 * serves the pointer and the keyboard (hit areas, focus rings) is left out.
 */
import { escapeXml } from '$lib/present/svg-text';

const PAINT = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'paint-order',
	'opacity',
	'font-size',
	'font-weight',
	'text-anchor'
] as const;
const GEOMETRY = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'rx', 'transform'];
const MARKER = ['viewBox', 'refX', 'refY', 'markerUnits', 'markerWidth', 'markerHeight', 'orient'];

function copy(element: Element): string {
	if (element.matches('.hit, .ring')) return '';
	const style = getComputedStyle(element);
	if (style.display === 'none') return '';
	// A link of the diagram is a group on the slide.
	const name = element.localName === 'a' ? 'g' : element.localName;
	const attributes = [...GEOMETRY, ...MARKER, 'id', 'marker-end']
		.filter((a) => element.hasAttribute(a))
		.map((a) => ` ${a}="${escapeXml(element.getAttribute(a)!)}"`);
	if (name !== 'defs' && name !== 'marker')
		for (const property of PAINT) {
			const value = style.getPropertyValue(property);
			if ((value && value !== 'normal' && value !== 'none') || property === 'fill')
				attributes.push(` ${property}="${escapeXml(value)}"`);
		}
	const text = element.localName === 'text' ? escapeXml(element.textContent ?? '') : '';
	const children = [...element.children].map(copy).join('');
	return `<${name}${attributes.join('')}>${text}${children}</${name}>`;
}

/** The branch's drawing: its viewBox and its markup, painted as on screen. */
export function readTree(svg: SVGSVGElement): { viewBox: string; markup: string } {
	return {
		viewBox: svg.getAttribute('viewBox') ?? '',
		markup: [...svg.children].map(copy).join('')
	};
}
