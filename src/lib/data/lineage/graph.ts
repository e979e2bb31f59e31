/**
 * The family tree as a graph. A link reads as a sentence, `from` then `to` ("Lal Salaam split
 * from the Pakistani section", "the CMI was renamed the IMT"), so which end came first depends on
 * its type: a split or a minority that stayed comes after the organisation it names, a new name
 * or a new body after the one it names. Seen that way, a loop means a bad edit. Orders the
 * organisations so that each comes after those it came from, the source's dates breaking ties:
 * the order a reader follows the tendency in.
 */
import { periodBounds } from '../periods';
import type { Lineage, LineageLink, LineageOrganisation } from '../schema';

type Link = Pick<LineageLink, 'id' | 'type' | 'from' | 'to'>;

/** The link's two organisations, the one that was there first, then the one that came of it. */
export function earlierLater(link: Link): [earlier: string, later: string] {
	return link.type === 'split-from' || link.type === 'stayed-in'
		? [link.to, link.from]
		: [link.from, link.to];
}

/** The ids of the links that close a loop, in order, or null if there is none. */
export function cycleIn(links: readonly Link[]): string[] | null {
	const out = new Map<string, Link[]>();
	for (const link of links) {
		const [earlier] = earlierLater(link);
		out.set(earlier, [...(out.get(earlier) ?? []), link]);
	}
	const state = new Map<string, 'open' | 'done'>();
	const trail: Link[] = [];
	const visit = (node: string): string[] | null => {
		state.set(node, 'open');
		for (const link of out.get(node) ?? []) {
			const later = earlierLater(link)[1];
			trail.push(link);
			if (state.get(later) === 'open') {
				const start = trail.findIndex((l) => earlierLater(l)[0] === later);
				return trail.slice(start).map((l) => l.id);
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
	for (const link of links) {
		const later = earlierLater(link)[1];
		waiting.set(later, (waiting.get(later) ?? 0) + 1);
	}
	const before = (a: LineageOrganisation, b: LineageOrganisation) =>
		startKey(a) - startKey(b) || index.get(a.id)! - index.get(b.id)!;
	const ready = organisations.filter((o) => waiting.get(o.id) === 0);
	const order: LineageOrganisation[] = [];
	while (ready.length) {
		ready.sort(before);
		const next = ready.shift()!;
		order.push(next);
		for (const link of links) {
			const [earlier, later] = earlierLater(link);
			if (earlier !== next.id) continue;
			const left = waiting.get(later)! - 1;
			waiting.set(later, left);
			if (left === 0) ready.push(organisations[index.get(later)!]!);
		}
	}
	return order;
}
