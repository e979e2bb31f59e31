/**
 * The family tree as a graph. A link reads as a sentence, `from` then `to` ("Lal Salaam split
 * from the Pakistani section", "the CMI was renamed the IMT"), so which end came first depends on
 * its type: a split or a minority that stayed comes after the organisation it names, a new name
 * or a new body after the one it names. A fusion, or leaving for another body, joins two
 * organisations that both existed already and orders neither (a split may fuse back into its
 * parent). Seen that way, a loop means a bad edit. Orders the organisations so that each comes
 * after those it came from, the source's dates breaking ties: the order a reader follows the
 * tendency in.
 */
import { periodBounds } from '../periods';
import type { Lineage, LineageLink, LineageOrganisation } from '../schema';

type Link = Pick<LineageLink, 'id' | 'type' | 'from' | 'to'>;

/**
 * The link's two organisations, the one that was there first, then the one that came of it;
 * null for a link between two organisations that both existed already.
 */
export function earlierLater(link: Link): [earlier: string, later: string] | null {
	if (link.type === 'fused-into' || link.type === 'left-for') return null;
	return link.type === 'split-from' || link.type === 'stayed-in'
		? [link.to, link.from]
		: [link.from, link.to];
}

/** The organisation a move went into: the new one, the one joined, the one that stayed. */
export const receiverOf = (link: Link): string => earlierLater(link)?.[1] ?? link.to;

/** The links that order their organisations, as earlier → later pairs. */
function ordered(links: readonly Link[]): Array<{ link: Link; earlier: string; later: string }> {
	return links.flatMap((link) => {
		const pair = earlierLater(link);
		return pair ? [{ link, earlier: pair[0], later: pair[1] }] : [];
	});
}

/** The ids of the links that close a loop, in order, or null if there is none. */
export function cycleIn(links: readonly Link[]): string[] | null {
	type Step = ReturnType<typeof ordered>[number];
	const out = new Map<string, Step[]>();
	for (const step of ordered(links))
		out.set(step.earlier, [...(out.get(step.earlier) ?? []), step]);
	const state = new Map<string, 'open' | 'done'>();
	const trail: Step[] = [];
	const visit = (node: string): string[] | null => {
		state.set(node, 'open');
		for (const step of out.get(node) ?? []) {
			const { later } = step;
			trail.push(step);
			if (state.get(later) === 'open') {
				const start = trail.findIndex((s) => s.earlier === later);
				return trail.slice(start).map((s) => s.link.id);
			}
			const found = state.has(later) ? null : visit(later);
			if (found) return found;
			trail.pop();
		}
		state.set(node, 'done');
		return null;
	};
	for (const node of out.keys()) {
		const found = state.has(node) ? null : visit(node);
		if (found) return found;
	}
	return null;
}

/** When an organisation is first dated, for ordering; undated ones sort last. */
const startKey = (o: LineageOrganisation) => periodBounds(o).start?.key ?? Number.POSITIVE_INFINITY;

/**
 * Every organisation after those it came from, else by its first date, else in dataset order.
 * Expects a lineage without loops (`cycleIn`); the organisations of a loop would be left out.
 */
export function treeOrder(lineage: Lineage): LineageOrganisation[] {
	const { organisations, links } = lineage;
	const index = new Map(organisations.map((o, i) => [o.id, i]));
	const waiting = new Map(organisations.map((o) => [o.id, 0]));
	const steps = ordered(links);
	for (const { later } of steps) waiting.set(later, (waiting.get(later) ?? 0) + 1);
	const before = (a: LineageOrganisation, b: LineageOrganisation) =>
		startKey(a) - startKey(b) || index.get(a.id)! - index.get(b.id)!;
	const ready = organisations.filter((o) => waiting.get(o.id) === 0);
	const order: LineageOrganisation[] = [];
	while (ready.length) {
		ready.sort(before);
		const next = ready.shift()!;
		order.push(next);
		for (const { earlier, later } of steps) {
			if (earlier !== next.id) continue;
			const left = waiting.get(later)! - 1;
			waiting.set(later, left);
			if (left === 0) ready.push(organisations[index.get(later)!]!);
		}
	}
	return order;
}
