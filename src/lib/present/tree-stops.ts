/**
 * The family tree in the talk. A tree stop is a moment of the tree: the links the source gives
 * one date (the 2010 split is five links: the split, two sections leaving for the new body, two
 * new sections staying), or one undated link on its own. A moment tells the story better than a
 * stop per link (five stops in a row for one split) or per organisation (a renaming is no
 * organisation's story). `?tour=lineage` is the moments in the order the tree draws them; the
 * chronological tour shows a moment's tree after the last of its events.
 */
import { dataset } from '$lib/data/dataset';
import { laneLayout } from '$lib/data/lineage/lanes';
import { parseDate } from '$lib/data/dates';
import type { AtlasEvent, Lineage } from '$lib/data/schema';
import { YEARS } from '$lib/data/year-statuses';
import type { Stop } from './tour';

export const LINEAGE = 'lineage';

export interface TreeMoment {
	/** The moment's links, in the dataset's order: the first is the one the stop tells. */
	links: string[];
	/** The date the source gives the links, or null for an undated link. */
	date: string | null;
	/** The year its connectors stand at on the time axis. */
	year: number;
}

/**
 * The moments of `lineage` in the order the tree draws them: by where their connectors stand,
 * which places an undated link where the organisation it made begins.
 */
export function treeMoments(lineage: Lineage): TreeMoment[] {
	// Only the connectors' places are read, so the labels need no measure: ten units a year.
	const span = YEARS.last + 1 - YEARS.first;
	const layout = laneLayout(lineage, YEARS, {
		width: span * 10 + 40,
		fontSize: 1,
		measure: () => 0,
		labelOf: () => ''
	});
	const xs = new Map(layout.edges.map((e) => [e.id, e.x]));
	const yearAt = (x: number) => YEARS.first + Math.floor((x - layout.left) / 10);
	const at = new Map(layout.edges.map((e) => [e.id, yearAt(e.x)]));
	const moments: TreeMoment[] = [];
	for (const link of lineage.links) {
		const same = link.date && moments.find((m) => m.date === link.date);
		if (same) same.links.push(link.id);
		else
			moments.push({
				links: [link.id],
				date: link.date,
				year: (link.date && parseDate(link.date)?.year) || (at.get(link.id) ?? YEARS.last)
			});
	}
	// Connectors of one year stand side by side in the dataset's order; a dated moment comes
	// before an undated one of its year, and ids break what ties remain.
	const x = (m: TreeMoment) => yearAt(Math.min(...m.links.map((id) => xs.get(id)!)));
	return moments.sort(
		(a, b) =>
			x(a) - x(b) ||
			Number(a.date === null) - Number(b.date === null) ||
			a.links[0]!.localeCompare(b.links[0]!)
	);
}

export const TREE_MOMENTS: readonly TreeMoment[] = treeMoments(dataset.lineage);

/**
 * The moment an event of the chronological tour tells, if any: one whose links the source dates
 * the same day and cites from the same paragraph as the event.
 */
export function momentOf(event: AtlasEvent): number {
	const paragraphs = new Set(event.cite.map((c) => c.para));
	return TREE_MOMENTS.findIndex(
		(moment) =>
			moment.date === event.date &&
			moment.links.some((id) =>
				dataset.lineage.links.find((l) => l.id === id)?.cite.some((c) => paragraphs.has(c.para))
			)
	);
}

/** `?tour=lineage`: a talk of the family tree alone, one stop per moment. */
export const lineageTour = (): Stop[] => TREE_MOMENTS.map((_, n) => ({ kind: 'tree', n }));

/** The moment a tree stop shows. */
export const treeMomentOf = (stop: Stop): TreeMoment | undefined =>
	stop.kind === 'tree' ? TREE_MOMENTS[stop.n] : undefined;
