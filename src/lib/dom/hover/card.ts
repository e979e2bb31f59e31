/**
 * The map's hover card: its lines, its place beside the pointer, shown or hidden. The page
 * renders the card empty (`components/map/Tooltip.svelte`, which also styles it); only this
 * module writes into it, before hydration and after, so there is one card and one owner.
 */
import type { TooltipLines } from '$lib/data/tooltip-lines';
import { placeCard } from './placement';

/** What the card shows: a name, the lines beside it, and the hint to click (null: none). */
export type CardText = { name: string; hint: string | null } & TooltipLines;

const PARTS = [
	['strong', ''],
	['span', 'org'],
	['span', 'meta'],
	['span', 'hint']
] as const;

/** The card's four lines, made once: a new text then changes only what differs. */
function partsOf(card: HTMLElement): HTMLElement[] {
	if (card.childElementCount !== PARTS.length) {
		card.replaceChildren(
			...PARTS.map(([tag, name]) => {
				const part = document.createElement(tag);
				if (name) part.className = name;
				return part;
			})
		);
	}
	return [...card.children] as HTMLElement[];
}

/** Sets one line; true if it changed. */
function setLine(part: HTMLElement | undefined, text: string | null): boolean {
	if (!part) return false;
	part.hidden = !text;
	if (part.textContent === (text ?? '')) return false;
	part.textContent = text ?? '';
	return true;
}

/**
 * Writes `text` into the card; it stays hidden until `showCard`. True if the card's text
 * changed, and so perhaps its size.
 */
export function fillCard(card: HTMLElement, text: CardText): boolean {
	const [name, org, meta, hint] = partsOf(card);
	const then = org?.classList.contains('then') !== text.then;
	org?.classList.toggle('then', text.then);
	// Every line is set: `||` would stop at the first that changed.
	const changed = [
		setLine(name, text.name),
		setLine(org, text.org),
		setLine(meta, text.meta),
		setLine(hint, text.hint)
	];
	return then || changed.includes(true);
}

/**
 * Shows the card at `x`, `y` (CSS pixels from the top left corner of its layer, of size
 * `frame`), flipped left or up where it would leave the layer; `room` is the card's own size
 * with its gap (`cardSize`).
 */
export function showCard(
	card: HTMLElement,
	x: number,
	y: number,
	frame: { width: number; height: number },
	room: { width: number; height: number }
): void {
	const place = placeCard({ x, y }, frame, room);
	card.classList.toggle('flip', place.left);
	card.classList.toggle('up', place.up);
	card.style.setProperty('transform', `translate(${x + place.dx}px, ${y + place.dy}px)`);
	card.removeAttribute('data-idle');
	card.removeAttribute('aria-hidden');
}

/** Hides the card; it keeps its text, so showing it again changes only what differs. */
export function hideCard(card: HTMLElement): void {
	if (card.hasAttribute('data-idle')) return;
	card.setAttribute('data-idle', '');
	card.setAttribute('aria-hidden', 'true');
	card.style.removeProperty('transform');
}
