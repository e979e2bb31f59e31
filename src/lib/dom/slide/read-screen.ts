/**
 * Reads what the presentation's screen shows, for a saved slide: the map's shapes with the paint
 * the stylesheet gives them right now (colours by status or by year, outlines of the current and
 * visited stops, markers), its fill patterns, the theme's colours and the colour key. Whatever
 * the page's CSS does, the slide then shows the same.
 */
import { STATUSES, statusLabel } from '$lib/data/status';
import { countriesOf } from '$lib/geo/map-dom';
import { m } from '$lib/paraglide/messages';
import type { Colours, KeyEntry } from '$lib/present/slide-cards';
import type { Shape, Tile } from '$lib/present/slide-map';

const numberOf = (element: Element, name: string) => Number(element.getAttribute(name) ?? 0);
const lengths = (css: string) => (css === 'none' ? [] : css.split(/[\s,]+/).map(parseFloat));

function pick<K extends string>(element: Element, ...names: K[]) {
	return Object.fromEntries(names.map((n) => [n, numberOf(element, n)])) as Record<K, number>;
}

/** The shapes as drawn, widths in screen pixels, and the paths' units per screen pixel. */
export function readMap(svg: SVGSVGElement): { shapes: Shape[]; perPixel: number } {
	const group = countriesOf(svg)!;
	const perPixel = 1 / (group.getScreenCTM()?.a || 1);
	// Strokes that do not scale are drawn in the map's own CSS pixels, before the camera's zoom.
	const zoom = svg.getBoundingClientRect().width / (svg.clientWidth || 1);
	const shapes = [...group.querySelectorAll('path, circle')].flatMap((element): Shape[] => {
		if (!element.checkVisibility({ visibilityProperty: true })) return [];
		const style = getComputedStyle(element);
		const toScreen = style.vectorEffect === 'non-scaling-stroke' ? zoom : 1 / perPixel;
		const paint = {
			fill: style.fill,
			stroke: style.stroke,
			strokeWidth: parseFloat(style.strokeWidth) * toScreen,
			dash: lengths(style.strokeDasharray).map((d) => d * toScreen)
		};
		if (element.localName === 'path')
			return [{ kind: 'path', d: element.getAttribute('d') ?? '', paint }];
		const [cx, cy, r] = ['cx', 'cy', 'r'].map((p) => parseFloat(style.getPropertyValue(p)));
		return [{ kind: 'circle', cx: cx!, cy: cy!, r: r!, paint }];
	});
	return { shapes, perPixel };
}

export function readTiles(svg: SVGSVGElement): Tile[] {
	return [...svg.querySelectorAll('pattern')].map((pattern) => {
		const transform = pattern.getAttribute('patternTransform') ?? '';
		const parts = [...pattern.querySelectorAll('rect, circle')].map((part) => {
			const fill = getComputedStyle(part).fill;
			return part.localName === 'rect'
				? { kind: 'rect' as const, fill, ...pick(part, 'x', 'y', 'width', 'height') }
				: { kind: 'circle' as const, fill, ...pick(part, 'cx', 'cy', 'r') };
		});
		return {
			id: pattern.id,
			width: numberOf(pattern, 'width'),
			height: numberOf(pattern, 'height'),
			transform,
			// The map scales its tiles with the zoom (PresentMap keeps the design's transform in
			// data-transform); the key's swatches are in slide pixels: the design, a little larger.
			keyTransform: `${pattern.dataset.transform ?? transform} scale(1.25)`,
			parts
		};
	});
}

/** Resolves CSS variables on `root` to colours, however they are written (`color-mix`, …). */
function resolver(root: Element) {
	const probe = root.appendChild(document.createElement('span'));
	return {
		colour(name: string) {
			probe.style.setProperty('color', `var(${name})`);
			return getComputedStyle(probe).color;
		},
		done: () => probe.remove()
	};
}

/** The theme's colours as the browser resolves them. */
export function readColours(root: Element): Colours {
	const { colour, done } = resolver(root);
	const colours = {
		ocean: colour('--ocean'),
		paper: colour('--paper'),
		ink: colour('--ink'),
		inkSoft: colour('--ink-soft'),
		rule: colour('--rule')
	};
	done();
	return colours;
}

/**
 * The key, each swatch filled as the screen's key fills it (or, without a key on screen, in the
 * status's colour); with a year, the dashed mark too.
 */
export function readKey(root: Element, year: string | null): KeyEntry[] {
	const { colour, done } = resolver(root);
	const key: KeyEntry[] = STATUSES.map((status) => {
		const swatch = root.querySelector(`.legend-swatch [data-status="${status}"]`);
		const fill = swatch
			? getComputedStyle(swatch).fill
			: colour(status === 'none' ? '--land-none' : `--status-${status}`);
		return { label: statusLabel(status, year !== null), fill };
	});
	done();
	if (year) key.push({ label: m.talk_legend_dashed(), fill: 'none', dashed: true });
	return key;
}
