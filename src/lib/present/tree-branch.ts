/**
 * What a tree stop draws and says. The stage cannot hold all the tree's lanes at the talk's type
 * size (21 lanes of 20-pixel labels need more than a 768-line screen), so a stop draws the branch
 * in question: the organisations its links join, marked, and those they were formed or renamed
 * from, faint, for where the branch comes from. The same lane layout as `/lineage`, on the full
 * time axis, at the talk's type size.
 */
import { describeLink, describeOrganisation, labelOf } from '$lib/data/lineage/describe';
import { receiverOf } from '$lib/data/lineage/graph';
import { laneLayout, type LaneLayout } from '$lib/data/lineage/lanes';
import { textWidth } from '$lib/data/lineage/text-width';
import { periodBounds } from '$lib/data/periods';
import type { Lineage } from '$lib/data/schema';
import type { YearSpan } from '$lib/data/timeline';
import { YEARS } from '$lib/data/year-statuses';
import type { TreeMoment } from './tree-stops';

/** The drawing's width and label size, in its units: 20-pixel labels on a 560-pixel stage. */
export const BRANCH_WIDTH = 560;
export const BRANCH_FONT = 20;

export interface Branch {
	/** The organisations the moment's links join. */
	marked: Set<string>;
	/** Those and the ones they were formed or renamed from, as a lineage of their own. */
	lineage: Lineage;
}

export function branchOf(moment: TreeMoment, lineage: Lineage): Branch {
	const links = lineage.links.filter((l) => moment.links.includes(l.id));
	const marked = new Set(links.flatMap((l) => [l.from, l.to]));
	const shown = new Set(marked);
	for (const l of lineage.links)
		if ((l.type === 'renamed' || l.type === 'formed') && marked.has(l.to)) shown.add(l.from);
	return {
		marked,
		lineage: {
			...lineage,
			organisations: lineage.organisations.filter((o) => shown.has(o.id)),
			links: lineage.links.filter((l) => shown.has(l.from) && shown.has(l.to))
		}
	};
}

/**
 * The years a branch is drawn on: from the decade its first organisation began in to the
 * source's present, so that the moments of one year stand apart and no bar is cut short.
 */
export function branchYears(branch: Branch): YearSpan {
	const starts = branch.lineage.organisations.map((o) => periodBounds(o).start?.year ?? YEARS.last);
	const first = Math.max(YEARS.first, Math.floor(Math.min(...starts) / 10) * 10);
	return { first, last: YEARS.last };
}

export function branchLayout(branch: Branch): LaneLayout {
	const byId = new Map(branch.lineage.organisations.map((o) => [o.id, o]));
	return laneLayout(branch.lineage, branchYears(branch), {
		width: BRANCH_WIDTH,
		fontSize: BRANCH_FONT,
		measure: (text) => textWidth(text, BRANCH_FONT),
		labelOf: (id) => labelOf(byId.get(id)!)
	});
}

/** The stop's title: the organisation its first link made, joined or kept. */
export function branchTitle(moment: TreeMoment, lineage: Lineage): string {
	const link = lineage.links.find((l) => l.id === moment.links[0])!;
	const organisation = lineage.organisations.find((o) => o.id === receiverOf(link))!;
	return labelOf(organisation);
}

/** The one line the audience reads: the first link, said in full. */
export function branchLine(moment: TreeMoment, lineage: Lineage): string {
	return describeLink(
		lineage.links.find((l) => l.id === moment.links[0])!,
		lineage
	);
}

/** Every link of the moment and every organisation it joins, for the speaker's notes. */
export function branchNotes(moment: TreeMoment, lineage: Lineage) {
	const links = lineage.links.filter((l) => moment.links.includes(l.id));
	const { marked } = branchOf(moment, lineage);
	return {
		links: links.map((l) => describeLink(l, lineage)),
		organisations: lineage.organisations
			.filter((o) => marked.has(o.id))
			.map((o) => describeOrganisation(o))
	};
}

/** The source's paragraphs the moment's links cite. */
export function branchParagraphs(moment: TreeMoment, lineage: Lineage): number[] {
	const links = lineage.links.filter((l) => moment.links.includes(l.id));
	return [...new Set(links.flatMap((l) => l.cite.map((c) => c.para)))].sort((a, b) => a - b);
}
