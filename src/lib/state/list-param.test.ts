import { describe, expect, it } from 'vitest';
import {
	LIST_CLASSES,
	LIST_DEFAULT,
	classParam,
	listViewOfAddress,
	readListView,
	sortedBy,
	withListView,
	type ListView
} from './list-param';

const url = (path: string) => new URL(path, 'http://atlas.test');

describe('readListView', () => {
	it.each([
		{ name: 'nothing: by name, ascending, all', search: '', expected: LIST_DEFAULT },
		{
			name: 'every part',
			search: '?sort=first&order=desc&class=inside-party',
			expected: { sort: 'first', order: 'desc', filter: { by: 'tactic', key: 'inside-party' } }
		},
		{
			name: 'a status class',
			search: '?class=split',
			expected: { ...LIST_DEFAULT, filter: { by: 'status', key: 'split' } }
		},
		{
			name: "the status colouring's none",
			search: '?class=status-none',
			expected: { ...LIST_DEFAULT, filter: { by: 'status', key: 'none' } }
		},
		{
			name: "the tactic colouring's none",
			search: '?class=tactic-none',
			expected: { ...LIST_DEFAULT, filter: { by: 'tactic', key: 'none' } }
		},
		{ name: 'a bare none is neither', search: '?class=none', expected: LIST_DEFAULT },
		{ name: 'an unknown column', search: '?sort=population', expected: LIST_DEFAULT },
		{ name: 'another case', search: '?sort=Name&order=DESC', expected: LIST_DEFAULT },
		{ name: 'repeated sort', search: '?sort=status&sort=tactic', expected: LIST_DEFAULT },
		{ name: 'order alone', search: '?order=desc', expected: { ...LIST_DEFAULT, order: 'desc' } },
		{
			name: 'hostile text',
			search: `?class=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
			expected: LIST_DEFAULT
		},
		{
			name: 'beside the year and colouring',
			search: '?year=1990&colour=tactic&sort=tactic',
			expected: { ...LIST_DEFAULT, sort: 'tactic' }
		}
	] as const)('$name', ({ search, expected }) => {
		expect(readListView(new URLSearchParams(search))).toEqual(expected);
	});
});

describe('withListView', () => {
	it.each([
		{ name: 'the default writes nothing', path: '/list', view: LIST_DEFAULT, expected: '/list' },
		{
			name: 'every part, after the year',
			path: '/es/list?year=2010',
			view: { sort: 'first', order: 'desc', filter: { by: 'tactic', key: 'campaign' } },
			expected: '/es/list?year=2010&sort=first&order=desc&class=campaign'
		},
		{
			name: 'back to the default drops them, keeps the rest',
			path: '/list?sort=status&year=1992&class=split&colour=tactic',
			view: LIST_DEFAULT,
			expected: '/list?year=1992&colour=tactic'
		},
		{
			name: 'none is written with its colouring',
			path: '/list',
			view: { ...LIST_DEFAULT, filter: { by: 'status', key: 'none' } },
			expected: '/list?class=status-none'
		}
	] as { name: string; path: string; view: ListView; expected: string }[])(
		'$name',
		({ path, view, expected }) => {
			expect(withListView(url(path), view)).toBe(expected);
		}
	);

	it('round-trips every class and order through readListView', () => {
		for (const filter of LIST_CLASSES)
			for (const order of ['asc', 'desc'] as const) {
				const view: ListView = { sort: 'status', order, filter };
				expect(readListView(url(withListView(url('/list'), view)).searchParams)).toEqual(view);
			}
	});

	it('gives every class its own name in the address', () => {
		expect(new Set(LIST_CLASSES.map(classParam)).size).toBe(LIST_CLASSES.length);
	});
});

describe('listViewOfAddress', () => {
	it('prefers the view chosen since the navigation', () => {
		const chosen: ListView = { ...LIST_DEFAULT, sort: 'tactic' };
		expect(listViewOfAddress(url('/list?sort=first'), { list: chosen })).toBe(chosen);
		expect(listViewOfAddress(url('/list?sort=first'), { year: 2000 }).sort).toBe('first');
	});
});

describe('sortedBy', () => {
	it.each([
		{
			name: 'a new column starts ascending',
			from: 'name',
			order: 'desc',
			to: 'first',
			expected: 'asc'
		},
		{
			name: 'the same column turns round',
			from: 'status',
			order: 'asc',
			to: 'status',
			expected: 'desc'
		},
		{ name: 'and back again', from: 'status', order: 'desc', to: 'status', expected: 'asc' }
	] as const)('$name', ({ from, order, to, expected }) => {
		const view = sortedBy({ sort: from, order, filter: null }, to);
		expect(view).toEqual({ sort: to, order: expected, filter: null });
	});
});
