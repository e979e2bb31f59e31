import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { BRANCH_FONT, branchLayout, branchLine, branchOf, branchTitle } from './tree-branch';
import { TREE_MOMENTS } from './tree-stops';

const moment = (date: string) => TREE_MOMENTS.find((m) => m.date === date)!;
const lineage = dataset.lineage;

describe('a tree stop’s branch', () => {
	it.each([
		{
			date: '2010-01',
			marked: [
				'imt',
				'izquierda-revolucionaria',
				'el-militante',
				'corriente-marxista-revolucionaria',
				'new-spanish-section',
				'new-venezuelan-section'
			],
			context: ['cmi'],
			title: 'Izquierda Revolucionaria'
		},
		{
			date: '2006',
			marked: ['cmi', 'imt'],
			context: [],
			title: 'International Marxist Tendency'
		},
		{
			date: '1974',
			marked: ['militant', 'cwi'],
			context: [],
			title: "Committee for a Workers' International"
		}
	])('$date: marks its links’ organisations, with those they came from', (row) => {
		const branch = branchOf(moment(row.date), lineage);
		expect([...branch.marked].toSorted()).toEqual(row.marked.toSorted());
		const shown = branch.lineage.organisations.map((o) => o.id);
		expect(shown.toSorted()).toEqual([...row.marked, ...row.context].toSorted());
		expect(branchTitle(moment(row.date), lineage)).toBe(row.title);
	});

	it('says the first link in full', () => {
		expect(branchLine(moment('2016'), lineage)).toMatch(/^The Pakistani section: split from/);
	});

	it('lays every branch out at the talk’s type size, labels inside the axis and apart', () => {
		for (const m of TREE_MOMENTS) {
			const layout = branchLayout(branchOf(m, lineage));
			// Few lanes: the branch fits a 16:9 stage at its full width.
			expect(layout.height).toBeLessThan(layout.width * 0.7);
			for (const node of layout.nodes) {
				expect(node.label.x).toBeGreaterThanOrEqual(layout.left);
				expect(node.label.x + node.label.width).toBeLessThanOrEqual(layout.right);
			}
			const ys = layout.nodes.map((n) => n.label.y);
			expect(new Set(ys).size).toBe(ys.length);
			for (const [a, b] of ys.slice(1).map((y, i) => [ys[i]!, y] as const))
				expect(b - a).toBeGreaterThanOrEqual(BRANCH_FONT * 1.3);
		}
	});
});
