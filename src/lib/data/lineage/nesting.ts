/**
 * The family tree as a nested list, for the text beside the diagram: each organisation under
 * the one it came from (the earlier end of its first ordering link, `earlierLater`), in the
 * tree's order, with the links it is the subject of. An organisation that came from none (the
 * first, or one that only left for or fused into another) stands at the top level.
 */
import type { Lineage, LineageLink, LineageOrganisation } from '../schema';
import { earlierLater, treeOrder } from './graph';

export interface Branch {
	organisation: LineageOrganisation;
	/** The links that read as sentences about this organisation (`from` is it). */
	links: LineageLink[];
	children: Branch[];
}

export function nesting(lineage: Lineage): Branch[] {
	const parentOf = new Map<string, string>();
	for (const link of lineage.links) {
		const pair = earlierLater(link);
		if (pair && !parentOf.has(pair[1])) parentOf.set(pair[1], pair[0]);
	}
	const branches = new Map<string, Branch>(
		treeOrder(lineage).map((organisation) => [
			organisation.id,
			{
				organisation,
				links: lineage.links.filter((l) => l.from === organisation.id),
				children: []
			}
		])
	);
	const roots: Branch[] = [];
	for (const [id, branch] of branches) {
		const parent = branches.get(parentOf.get(id) ?? '');
		(parent ? parent.children : roots).push(branch);
	}
	return roots;
}
