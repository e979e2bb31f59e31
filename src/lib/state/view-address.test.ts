import { describe, expect, it } from 'vitest';
import { pageUnder, ViewAddress, type ShownView } from './view-address';

type Call = [kind: 'push' | 'replace', url: string, state: App.PageState];

/** A ViewAddress over a page showing `shown`, recording what it asks the router to do. */
function addressOf(shown: Partial<ShownView>) {
	const calls: Call[] = [];
	const address = new ViewAddress(
		{
			pushState: (url, state) => calls.push(['push', url, state]),
			replaceState: (url, state) => calls.push(['replace', url, state])
		},
		() => ({
			href: 'http://atlas.test/',
			state: {},
			year: null,
			colourBy: 'status',
			started: true,
			...shown
		})
	);
	return { address, calls };
}

describe('ViewAddress', () => {
	it.each([
		{
			name: 'a year replaces the entry, keeping the panel and colouring',
			shown: { href: 'http://atlas.test/country/br?colour=tactic', state: { selected: 'br' } },
			act: (a: ViewAddress) => a.showYear(2010),
			expected: [['replace', '/country/br?colour=tactic&year=2010', { selected: 'br', year: 2010 }]]
		},
		{
			name: 'today drops the year',
			shown: { href: 'http://atlas.test/es?year=1992' },
			act: (a: ViewAddress) => a.showYear(null),
			expected: [['replace', '/es', { year: null }]]
		},
		{
			name: 'a colouring replaces the entry, keeping the list order',
			shown: {
				href: 'http://atlas.test/list?sort=first',
				state: { list: { sort: 'first', order: 'asc', filter: null } }
			},
			act: (a: ViewAddress) => a.showColour('tactic'),
			expected: [
				[
					'replace',
					'/list?sort=first&colour=tactic',
					{ list: { sort: 'first', order: 'asc', filter: null }, colour: 'tactic' }
				]
			]
		},
		{
			name: 'before the router starts, nothing is written',
			shown: { started: false },
			act: (a: ViewAddress) => (a.showYear(2000), a.showColour('tactic')),
			expected: []
		},
		{
			name: 'opening a country adds an entry with the view and the state under it',
			shown: { year: 2010, colourBy: 'tactic', state: { tree: { org: 'imt', country: null } } },
			act: (a: ViewAddress) => a.open('/country/br?year=2010', 'br'),
			expected: [
				[
					'push',
					'/country/br?year=2010',
					{ tree: { org: 'imt', country: null }, selected: 'br', year: 2010, colour: 'tactic' }
				]
			]
		},
		{
			name: 'closing adds an entry with no country',
			shown: { state: { selected: 'br', year: null } },
			act: (a: ViewAddress) => a.close('/list'),
			expected: [['push', '/list', { selected: null, year: null, colour: 'status' }]]
		}
	] satisfies { name: string; shown: Partial<ShownView>; act: unknown; expected: Call[] }[])(
		'$name',
		({ shown, act, expected }) => {
			const { address, calls } = addressOf(shown);
			act(address);
			expect(calls).toEqual(expected);
		}
	);

	it.each([
		{ name: 'today, status', year: null, colourBy: 'status', path: '/es', expected: '/es' },
		{
			name: 'a year and tactic',
			year: 1992,
			colourBy: 'tactic',
			path: '/country/gb',
			expected: '/country/gb?year=1992&colour=tactic'
		},
		{
			name: 'over what the path said',
			year: null,
			colourBy: 'status',
			path: '/list?year=2000&colour=tactic&sort=name',
			expected: '/list?sort=name'
		}
	] as const)('keeping: $name', ({ year, colourBy, path, expected }) => {
		expect(addressOf({ year, colourBy }).address.keeping(path)).toBe(expected);
	});
});

describe('pageUnder', () => {
	const url = new URL('http://atlas.test/list?year=2010');
	it.each([
		{ name: 'nothing chosen there', state: {}, expected: '/list?year=2010' },
		{
			name: "the list's order and filter",
			state: {
				selected: 'mx',
				list: { sort: 'first', order: 'desc', filter: { by: 'tactic', key: 'inside-party' } }
			},
			expected: '/list?year=2010&sort=first&order=desc&class=inside-party'
		},
		{
			name: "the family tree's choice",
			state: { tree: { org: null, country: 'es' } },
			expected: '/list?year=2010&country=es'
		}
	] satisfies { name: string; state: App.PageState; expected: string }[])(
		'$name',
		({ state, expected }) => {
			const under = pageUnder(url, state);
			expect(under.pathname + under.search).toBe(expected);
		}
	);
});
