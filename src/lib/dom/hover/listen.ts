/**
 * Hover and keyboard focus on the map, served from what the markup holds: each country's link
 * carries its name and lines (`geo/map-dom.ts`), each shape without data its name, and the card
 * its own words. Listeners on the document serve every map the page shows or will show (the
 * atlas's map survives navigation, the embed's is another), with no framework: this runs in the
 * page's first script, before SvelteKit has started, and stays the card's one owner after.
 */
import {
	backgroundNameAt,
	countryLinks,
	isHitArea,
	isoOf,
	linkAt,
	mapAt,
	markCountries,
	ownLink,
	shapeOf,
	tipOf,
	tooltipIn
} from '$lib/geo/map-dom';
import { fillCard, hideCard, showCard, type CardText } from './card';
import { cardReach, cardSize } from './placement';

/** What the card says of an event's target on a map, or null off any country. */
function textAt(target: EventTarget | null, hint: string, none: string): CardText | null {
	const link = linkAt(target);
	const own = link && ownLink(link);
	if (own) return { ...tipOf(own), hint };
	const name = backgroundNameAt(target);
	return name ? { name, org: null, then: false, meta: none, hint: null } : null;
}

export function listenForHover(doc: Document): void {
	// Where the card's layer is on screen, read once per visit of the pointer: reading it on
	// every move would force a layout after each update of the card.
	let origin: DOMRect | null = null;
	// How far from the layer's right and bottom edges a card could leave it (its widest, and a
	// generous height), read with the origin; only there is the card's own size read, once per
	// new text: elsewhere, as over most of the map, the hover forces no layout of the card.
	let reach = { width: Infinity, height: Infinity };
	let room: { width: number; height: number } | null = null;
	// A ring's hit area lies outside its country's link (see geo/hit.ts): the link is marked
	// while the pointer is on it, so the ring and outline show the hover as :hover would.
	let unmarkRing = () => {};
	let ring: string | null = null;

	function markRing(map: SVGSVGElement | null, iso2: string | null) {
		if (iso2 === ring) return;
		unmarkRing();
		unmarkRing = map && iso2 ? markCountries(map, [iso2], 'data-hover') : () => {};
		ring = iso2;
	}

	function hide() {
		const tooltip = tooltipIn(doc);
		if (tooltip) hideCard(tooltip.card);
	}

	/** Shows the card for `target` at a viewport point; hides it off any country. */
	function show(target: EventTarget | null, clientX: number, clientY: number) {
		const tooltip = tooltipIn(doc);
		const layer = tooltip?.card.parentElement;
		const text = tooltip && textAt(target, tooltip.hint, tooltip.none);
		if (!tooltip || !layer || !text) return hide();
		if (!origin) {
			origin = layer.getBoundingClientRect();
			reach = cardReach(tooltip.card);
		}
		const x = clientX - origin.left;
		const y = clientY - origin.top;
		if (fillCard(tooltip.card, text)) room = null;
		const edge = x > origin.width - reach.width || y > origin.height - reach.height;
		showCard(tooltip.card, x, y, origin, edge ? (room ??= cardSize(tooltip.card)) : reach);
	}

	// Filled from the start, hidden, with the first country's lines: the first hover then finds
	// its lines made and its fonts loaded, and only changes what differs.
	const tooltip = tooltipIn(doc);
	const first = countryLinks(doc)[0];
	if (tooltip && first) fillCard(tooltip.card, { ...tipOf(first), hint: tooltip.hint });

	// The card's size follows the window too (its type scale and max-width are fluid), so a
	// resize, a zoom or a new visit measures it again.
	const forget = () => {
		origin = null;
		room = null;
	};
	doc.defaultView?.addEventListener('scroll', forget, { passive: true, capture: true });
	doc.defaultView?.addEventListener('resize', forget, { passive: true });

	doc.addEventListener('pointermove', (event) => {
		const map = mapAt(event.target);
		if (!map) return;
		// A finger on the map pans or zooms it, or taps to open a country: a card under it would
		// cover what it moves and offer a click the tap has made.
		if (event.pointerType === 'touch') return hide();
		const link = linkAt(event.target);
		markRing(map, link && isHitArea(link) ? isoOf(link) : null);
		show(event.target, event.clientX, event.clientY);
	});

	doc.addEventListener('pointerout', (event) => {
		if (!mapAt(event.target) || mapAt(event.relatedTarget)) return;
		markRing(null, null);
		forget();
		hide();
	});

	// Only keyboard focus gets a card; a click focuses the link too, and measuring the shape
	// then would force a layout in the middle of the click.
	doc.addEventListener('focusin', (event) => {
		const link = linkAt(event.target);
		const shape = link && shapeOf(link);
		if (!shape || !mapAt(link) || !link.matches(':focus-visible')) return;
		const box = shape.getBoundingClientRect();
		origin = null;
		show(link, box.left + box.width / 2, box.top + box.height / 2);
	});

	doc.addEventListener('focusout', (event) => {
		if (mapAt(event.target)) hide();
	});

	// A country chosen (click, tap, Enter, Space) opens its panel: the card gives way to it.
	const choose = (event: Event) => {
		if (linkAt(event.target)) hide();
	};
	doc.addEventListener('click', choose);
	doc.addEventListener('keydown', (event) => {
		if (event.key === ' ') choose(event);
	});
}
