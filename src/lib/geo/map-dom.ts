/**
 * The contract between the prerendered map markup and the code that enhances it in the browser:
 * the build writes a map's country group with these functions, and every component finds a
 * country's link, shape and frame through them. No other module spells a selector or an
 * attribute of the map, so the markup can change in one place.
 */
import type { Bounds } from './mainland';
import type { TooltipLines } from '../data/tooltip-lines';

/** Spread on a map's empty country group (`<g {...MAP_SLOT}>`), which the server fills. */
export const MAP_SLOT = { 'data-geo': 'countries' } as const;

const SLOT = /(<g[^>]*\bdata-geo="countries"[^>]*>)(<\/g>)/;
/**
 * Spread on the talk's coarse copy's empty group, which the server fills: the map in flight,
 * in coarser shapes that raster in half the time (PresentMap.svelte).
 */
export const COARSE_SLOT = { 'data-geo': 'coarse' } as const;
const COARSE = /(<g[^>]*\bdata-geo="coarse"[^>]*>)(<\/g>)/;
/** A country in the coarse copy: drawn, never read or followed, so neither a link nor named. */
const COARSE_COUNTRY = 'g.country';
const LINK = 'a.country';
/** A country's link, or the hit area of its ring (see hitLink). */
const LINK_OR_HIT = 'a.country, a.hit';
const MAP = 'svg[data-map]';
const TOOLTIP = '[data-tooltip]';
/** Where the hover card reads a country's lines (data/tooltip-lines.ts) on its link. */
const TIP = {
	name: 'data-name',
	org: 'data-org',
	then: 'data-org-then',
	meta: 'data-meta'
} as const;
const ISO2 = /^[a-z]{2}$/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeAttribute = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

export interface CountryLink {
	href: string;
	iso2: string;
	status: string;
	tactic: string;
	/** The main territory a zoom frames, in map units; null when the country has no shape. */
	frame: Bounds | null;
	label: string;
	/** The country's name, as the hover card shows it. */
	name: string;
	/** What the hover card says beside the name today. */
	tip: TooltipLines;
}

/** The opening tag of a dataset country's link; its shape and hit target go inside. */
export function countryLinkTag(link: CountryLink): string {
	const { href, iso2, status, tactic, frame, label, name, tip } = link;
	const box = frame ? frame.flat().join(' ') : '';
	const org = tip.org === null ? '' : ` ${TIP.org}="${escapeAttribute(tip.org)}"`;
	return (
		`<a href="${href}" class="country" data-iso="${iso2}" data-status="${status}" data-tactic="${tactic}" data-frame="${box}" aria-label="${escapeAttribute(label)}"` +
		` ${TIP.name}="${escapeAttribute(name)}"${org}${tip.then ? ` ${TIP.then}=""` : ''} ${TIP.meta}="${escapeAttribute(tip.meta)}">`
	);
}

/**
 * A ring country's hit area: a link as large as its ring, drawn in a layer under every dataset
 * country's shape, clipped to the part of the map nearer its ring's centre than any other ring's
 * (hit.ts). The visible ring, inside the country's own link, takes no pointer. The hit link is
 * out of the Tab order and hidden from assistive technology: the country's own link is there.
 */
export const hitLink = (href: string, iso2: string, cx: number, cy: number, r: number, d: string) =>
	`<a href="${href}" class="hit" data-iso="${iso2}" tabindex="-1" aria-hidden="true">` +
	`<clipPath id="hit-${iso2}"><path d="${d}"/></clipPath>` +
	`<circle cx="${cx}" cy="${cy}" r="${r}" clip-path="url(#hit-${iso2})"/></a>`;

/** A country without data: a shape and, for the tooltip, its name. */
export const backgroundShape = (d: string, name: string) =>
	`<path d="${d}" ${TIP.name}="${escapeAttribute(name)}"/>`;

/**
 * The map is to be there at the first paint: without this the browser paints the page's header a
 * frame or more before it has parsed the map's thousands of points. An empty group closes the
 * filled country group, and the page's head asks the browser to render nothing before it is
 * parsed (`rel="expect"`, `blocking="render"`; a browser that knows neither renders as before).
 */
export const MAP_END_ID = 'map-end';
const MAP_END = `<g id="${MAP_END_ID}"></g>`;
const RENDER_GATE = `<link rel="expect" href="#${MAP_END_ID}" blocking="render">`;

/** `html` with the map's country group filled with `markup`, and the head told to wait for it. */
export function fillSlot(html: string, markup: string): string {
	let filled = false;
	const page = html.replace(SLOT, (_, open: string, close: string) => {
		filled = true;
		return open + markup + MAP_END + close;
	});
	return filled ? page.replace('</head>', () => RENDER_GATE + '</head>') : page;
}

/** `html` with the coarse copy's group, if the page has one, filled with `markup`. */
export const fillCoarseSlot = (html: string, markup: string) =>
	html.replace(COARSE, (_, open: string, close: string) => open + markup + close);

/** The opening tag of a dataset country in the coarse copy; its shape and ring go inside. */
export const coarseCountryTag = (iso2: string) => `<g class="country" data-iso="${iso2}">`;

/**
 * The attributes that say how a country is drawn: its status and tactic (the palette), a status
 * known only from a mention, and the talk's marks. The coarse copy takes them from the map.
 */
export const DRAWN_AS = [
	'data-status',
	'data-tactic',
	'data-known',
	'data-visited',
	'data-named',
	'aria-current'
] as const;

/** Every dataset country's shape group in a coarse copy. */
export const coarseCountries = (copy: ParentNode) => [
	...copy.querySelectorAll<SVGGElement>(COARSE_COUNTRY)
];

/** Marks the open country's link as the current page, which outlines it without JavaScript. */
export function markSelected(markup: string, iso2: string | null): string {
	if (!iso2 || !ISO2.test(iso2)) return markup;
	return markup.replace(`data-iso="${iso2}"`, `data-iso="${iso2}" aria-current="page"`);
}

/** The group that holds a map's countries. */
export const countriesOf = (map: ParentNode) =>
	map.querySelector<SVGGElement>('[data-geo="countries"]');

/** Every dataset country's link in `map`, in list order. */
export const countryLinks = (map: ParentNode) => [...map.querySelectorAll<SVGAElement>(LINK)];

/** The link of `iso2` in `map`; null for an unknown or malformed code. */
export function countryLink(map: ParentNode, iso2: string | null): SVGAElement | null {
	return iso2 && ISO2.test(iso2)
		? map.querySelector<SVGAElement>(`${LINK}[data-iso="${iso2}"]`)
		: null;
}

/** The dataset country's link (or its ring's hit area) an event's target belongs to, if any. */
export function linkAt(target: EventTarget | null): SVGAElement | null {
	return target instanceof Element ? target.closest<SVGAElement>(LINK_OR_HIT) : null;
}

/** Whether `link` is the hit area of a ring rather than the country's own link. */
export const isHitArea = (link: SVGAElement) => link.classList.contains('hit');

/** The ISO code a link stands for. */
export const isoOf = (link: SVGAElement) => link.dataset.iso ?? '';

/** The name of a shape without data, if `target` is one. */
export const backgroundNameAt = (target: EventTarget | null) =>
	target instanceof Element ? target.getAttribute(TIP.name) : null;

/** The map an event's target is in, if any. */
export const mapAt = (target: EventTarget | null) =>
	target instanceof Element ? target.closest<SVGSVGElement>(MAP) : null;

/** The country link a link stands for: itself, or the country of a ring's hit area. */
export const ownLink = (link: SVGAElement) =>
	isHitArea(link) && link.ownerSVGElement ? countryLink(link.ownerSVGElement, isoOf(link)) : link;

/** What the hover card says of a country beside its name, as its link holds it now. */
export function tipOf(link: Element): { name: string } & TooltipLines {
	return {
		name: link.getAttribute(TIP.name) ?? '',
		org: link.getAttribute(TIP.org),
		then: link.hasAttribute(TIP.then),
		meta: link.getAttribute(TIP.meta) ?? ''
	};
}

/** Writes what the hover card says of a country beside its name onto its link. */
export function writeTip(link: Element, { org, then, meta }: TooltipLines): void {
	if (org === null) link.removeAttribute(TIP.org);
	else link.setAttribute(TIP.org, org);
	link.toggleAttribute(TIP.then, then);
	link.setAttribute(TIP.meta, meta);
}

/**
 * The page's hover card, if it has one (`<div data-tooltip>`, rendered empty by
 * `components/map/Tooltip.svelte`), with its words: what it adds beside a dataset country
 * (`data-hint`) and what it says of a country without data (`data-none`).
 */
export function tooltipIn(root: Document) {
	const card = root.querySelector<HTMLElement>(TOOLTIP);
	return card && { card, hint: card.dataset.hint ?? '', none: card.dataset.none ?? '' };
}

/** The outline of a link's country. */
export const shapeOf = (link: SVGAElement) => link.querySelector('path');

/** A link's frame ("x0 y0 x1 y1", map units), or null when it holds no four numbers. */
export function parseFrame(value: string | undefined | null): Bounds | null {
	const numbers = (value ?? '').trim().split(/\s+/).map(Number);
	if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return null;
	const [x0, y0, x1, y1] = numbers as [number, number, number, number];
	return [
		[x0, y0],
		[x1, y1]
	];
}

/** The main territory of `iso2` as the build wrote it on its link, or null. */
export const frameOf = (map: ParentNode, iso2: string | null) =>
	parseFrame(countryLink(map, iso2)?.dataset.frame);

/** Sets `attribute` on the links of `isos`; returns what takes it off again. */
export function markCountries(
	map: ParentNode,
	isos: Iterable<string | null>,
	attribute: string,
	value = 'true'
): () => void {
	const links = [...isos].flatMap((iso2) => countryLink(map, iso2) ?? []);
	for (const link of links) link.setAttribute(attribute, value);
	return () => links.forEach((link) => link.removeAttribute(attribute));
}

/**
 * Lights the links of `isos` and dims every other country, as a legend row asks while it is
 * pointed at (`rest`: the countries without data are lit too); returns what undoes it. The map's
 * stylesheet dims by these attributes (WorldMap.svelte).
 */
export function highlightCountries(
	map: SVGElement,
	isos: Iterable<string>,
	rest: boolean
): () => void {
	map.setAttribute('data-highlight', rest ? 'with-rest' : 'only');
	const unmark = markCountries(map, isos, 'data-lit');
	return () => {
		map.removeAttribute('data-highlight');
		unmark();
	};
}
