import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import type { LineageLink } from '../schema';
import { cycleIn, earlierLater, receiverOf, treeOrder } from './graph';

const link = (id: string, type: LineageLink['type'], from: string, to: string) => ({
	id,
	type,
	from,
	to
});

describe('earlierLater', () => {
	it.each([
		{ type: 'split-from', expected: ['imt', 'x'] },
		{ type: 'stayed-in', expected: ['imt', 'x'] },
		{ type: 'renamed', expected: ['x', 'imt'] },
		{ type: 'formed', expected: ['x', 'imt'] },
		{ type: 'left-for', expected: null },
		{ type: 'fused-into', expected: null }
	] as const)('orders the ends of a $type link', ({ type, expected }) => {
		expect(earlierLater(link('l', type, 'x', 'imt'))).toEqual(expected);
	});
});

describe('receiverOf', () => {
	it.each([
		{ type: 'split-from', expected: 'x' },
		{ type: 'formed', expected: 'imt' },
		{ type: 'left-for', expected: 'imt' }
	] as const)('names where a $type link went', ({ type, expected }) => {
		expect(receiverOf(link('l', type, 'x', 'imt'))).toBe(expected);
	});
});

describe('cycleIn', () => {
	it.each([
		{ name: 'no links', links: [], expected: null },
		{ name: 'the real tree', links: dataset.lineage.links, expected: null },
		{
			name: 'no loop in a split that fuses back into its parent',
			links: [link('a', 'split-from', 'b', 'a0'), link('b', 'fused-into', 'b', 'a0')],
			expected: null
		},
		{
			name: 'a renaming and its reverse',
			links: [link('there', 'renamed', 'a', 'b'), link('back', 'renamed', 'b', 'a')],
			expected: ['there', 'back']
		},
		{
			name: 'a split from a later name of oneself',
			links: [
				link('rename', 'renamed', 'a', 'b'),
				link('split', 'split-from', 'c', 'b'),
				link('odd', 'formed', 'c', 'a')
			],
			expected: ['rename', 'split', 'odd']
		}
	])('finds $name', ({ links, expected }) => {
		expect(cycleIn(links)).toEqual(expected);
	});
});

describe('treeOrder on the real tree', () => {
	const order = treeOrder(dataset.lineage).map((o) => o.id);
	const at = (id: string) => order.indexOf(id);

	it('has every organisation once', () => {
		expect([...order].sort()).toEqual(dataset.lineage.organisations.map((o) => o.id).sort());
	});

	it.each([
		['militant', 'cwi'],
		['cwi', 'cmi'],
		['cmi', 'imt'],
		['imt', 'izquierda-revolucionaria'],
		['el-militante', 'izquierda-revolucionaria'],
		['pakistani-section', 'lal-salaam'],
		['militant-labour', 'socialist-party-england-wales'],
		['la-riposte', 'revolution']
	])('puts %s before %s', (earlier, later) => {
		expect(at(earlier)).toBeLessThan(at(later));
	});
});
