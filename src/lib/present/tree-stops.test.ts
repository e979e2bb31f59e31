import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import type { Lineage } from '$lib/data/schema';
import { lineageTour, TREE_MOMENTS, treeMomentOf, treeMoments } from './tree-stops';

describe('the family tree’s moments', () => {
	it('holds every link once', () => {
		const links = TREE_MOMENTS.flatMap((m) => m.links);
		expect(links.toSorted()).toEqual(dataset.lineage.links.map((l) => l.id).toSorted());
	});

	it('runs in the order the tree draws them, from the CWI in 1974', () => {
		const years = TREE_MOMENTS.map((m) => m.year);
		expect(years).toEqual(years.toSorted((a, b) => a - b));
		expect(TREE_MOMENTS[0]!.links).toEqual(['militant-forms-cwi']);
	});

	it.each([
		{ date: '2010-01', count: 5, first: 'izquierda-revolucionaria-splits-from-imt' },
		{ date: '2016', count: 3, first: 'pakistani-section-splits-from-imt' },
		{ date: 'early 1992', count: 1, first: 'militant-labour-splits-from-militant' }
	])('gathers the links the source dates $date into one moment', ({ date, count, first }) => {
		const moment = TREE_MOMENTS.find((m) => m.date === date)!;
		expect(moment.links).toHaveLength(count);
		expect(moment.links[0]).toBe(first);
	});

	it('gives each undated link a moment of its own', () => {
		const undated = dataset.lineage.links.filter((l) => l.date === null);
		for (const link of undated) {
			const moment = TREE_MOMENTS.find((m) => m.links.includes(link.id))!;
			expect(moment).toMatchObject({ links: [link.id], date: null });
		}
	});

	it('orders two moments by their connectors, whatever the dataset’s order', () => {
		const lineage = dataset.lineage;
		const reversed: Lineage = { ...lineage, links: lineage.links.toReversed() };
		expect(treeMoments(reversed).map((m) => m.date)).toEqual(
			treeMoments(lineage).map((m) => m.date)
		);
	});

	it('makes `?tour=lineage` of the moments alone', () => {
		const tour = lineageTour();
		expect(tour).toHaveLength(TREE_MOMENTS.length);
		expect(tour.map(treeMomentOf)).toEqual(TREE_MOMENTS);
		expect(treeMomentOf({ kind: 'world' })).toBeUndefined();
	});
});
