import { afterEach, describe, expect, it } from 'vitest';
import { countries } from '$lib/data/dataset';
import { historyTour } from './history';
import { TREE_MOMENTS } from './tree-stops';
import { Talk } from './talk.svelte';

const params = (query: string) => new URLSearchParams(query);
/** BroadcastChannel delivers in a later task. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 20));

const stops: (() => void)[] = [];
function started(query: string, find = 0): Talk {
	const talk = new Talk();
	stops.push(talk.start(params(query), find));
	return talk;
}

afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('Talk.start', () => {
	it.each([
		['', countries.length + 2, null, 1],
		['?stop=4', countries.length + 2, null, 4],
		['?tour=GB,zz,br&stop=2', 3, 'gb,br', 2],
		['?tour=zz', countries.length + 2, null, 1],
		['?tour=history', historyTour().length, 'history', 1],
		['?tour=History&stop=9999', historyTour().length, 'history', 1],
		['?tour=lineage&stop=3', TREE_MOMENTS.length, 'lineage', 3]
	])('%s: %i stops, tour %s, at stop %i', (query, length, tour, stop) => {
		const talk = started(query);
		expect(talk.show.stops).toHaveLength(length);
		expect(talk.tour).toBe(tour);
		expect(talk.show.index + 1).toBe(stop);
	});

	it('reports unknown codes until the talk moves, and writes a clean address', () => {
		const talk = started('?tour=gb,zz,br');
		expect(talk.notices).toEqual(['Not in the atlas, so left out of the tour: zz.']);
		talk.act({ type: 'theme' });
		expect(talk.notices).toHaveLength(1);
		talk.act({ type: 'next' });
		expect(talk.notices).toEqual([]);
		expect(talk.search()).toBe('?tour=gb,br&stop=2');
	});
});

describe('Talk.act', () => {
	it('moves, blacks out and leaves window matters to the window', () => {
		const talk = started('');
		expect(talk.act({ type: 'goto', stop: 5 })).toBe(true);
		expect(talk.show.index).toBe(4);
		expect(talk.act({ type: 'blackout' })).toBe(true);
		expect(talk.show.blackout).toBe(true);
		for (const type of ['fullscreen', 'presenter', 'leave'] as const)
			expect(talk.act({ type })).toBe(false);
	});
});

describe('two windows of one talk', () => {
	it('follow each other both ways, and a late window joins where the talk is', async () => {
		const audience = started('?tour=gb,br,fr');
		audience.act({ type: 'next' });
		const presenter = started('?tour=gb,br,fr');
		await delivered();
		expect(presenter.show.index).toBe(1);

		presenter.act({ type: 'next' });
		await delivered();
		expect(audience.show.index).toBe(2);

		audience.act({ type: 'previous' });
		audience.act({ type: 'blackout' });
		await delivered();
		expect(presenter.show.index).toBe(1);
		expect(presenter.show.blackout).toBe(true);
	});

	it('a window opened on a stop of its own takes the others there', async () => {
		const audience = started('?tour=gb,br,fr');
		const shared = started('?tour=gb,br,fr&stop=3');
		await delivered();
		expect(audience.show.index).toBe(2);
		expect(shared.show.index).toBe(2);
	});

	it('leaves a talk with another tour alone', async () => {
		const one = started('?tour=gb,br,fr');
		const other = started('');
		one.act({ type: 'last' });
		await delivered();
		expect(other.show.index).toBe(0);
	});
});

describe('a presenter view opened with no tour or stop', () => {
	/** Opens a presenter view that looks 30 ms for a talk, and waits for its answer. */
	async function presenter(query = '') {
		const talk = started(query, 30);
		await new Promise((resolve) => setTimeout(resolve, 60));
		return talk;
	}

	it('joins the one talk running, in its tour, stop and part, and moves it', async () => {
		const audience = started('?tour=history&stop=4');
		audience.measured(2);
		audience.act({ type: 'next' });
		const view = await presenter();
		expect(view.looking).toBe(false);
		expect(view.choice).toBeNull();
		expect([view.tour, view.show.index, view.show.part, view.show.parts]).toEqual([
			'history',
			3,
			1,
			2
		]);
		expect(view.search()).toBe('?tour=history&stop=4');
		view.act({ type: 'next' });
		await delivered();
		expect(audience.show.index).toBe(4);
	});

	it('asks when talks are at different places, and joins the one chosen', async () => {
		started('?tour=gb,br,fr&stop=2');
		started('?stop=5');
		const view = await presenter();
		expect(view.choice?.map((t) => [t.tour, t.state.index])).toEqual([
			['gb,br,fr', 1],
			['default', 4]
		]);
		view.join(view.choice![1]!);
		expect([view.choice, view.tour, view.show.index]).toEqual([null, null, 4]);
	});

	it('asks when no talk answers, and starts at the first stop if told to', async () => {
		const view = await presenter();
		expect(view.choice).toEqual([]);
		view.startOwn();
		expect([view.choice, view.show.index]).toEqual([null, 0]);
	});

	it('looks again when asked, and joins the talk opened meanwhile', async () => {
		const view = await presenter();
		expect(view.choice).toEqual([]);
		started('?tour=history&stop=7');
		view.look();
		expect([view.looking, view.choice]).toEqual([true, null]);
		await new Promise((resolve) => setTimeout(resolve, 60));
		expect([view.looking, view.choice, view.tour, view.show.index]).toEqual([
			false,
			null,
			'history',
			6
		]);
	});

	it('follows an address that names a tour or a stop, without looking', () => {
		for (const query of ['?tour=history', '?stop=3']) {
			const view = started(query, 30);
			expect(view.looking).toBe(false);
			expect(view.choice).toBeNull();
		}
	});
});

describe('a detour', () => {
	/** A window's address, as far as the detour goes: what the page's DetourAddress does. */
	function withAddress(talk: Talk) {
		const address = { detour: null as string | null, writes: [] as [string | null, boolean][] };
		talk.bindDetour({
			read: () => address.detour,
			write: (iso2, replace) => {
				address.writes.push([iso2, replace]);
				address.detour = iso2;
				// The page's effect reports every change of its address.
				talk.detourShown(iso2);
			}
		});
		return address;
	}

	it('is followed both ways, and ended from either window', async () => {
		const audience = started('?tour=gb,br,fr&stop=2');
		const presenter = started('?tour=gb,br,fr');
		const [a, p] = [withAddress(audience), withAddress(presenter)];
		await delivered();
		a.detour = 'pk';
		audience.detourShown('pk');
		await delivered();
		expect([p.detour, presenter.show.index]).toEqual(['pk', 1]);

		// The presenter's Return (Escape) ends it in both windows, at the stop it left.
		expect(presenter.act({ type: 'escape' })).toBe(true);
		await delivered();
		expect([a.detour, audience.show.index, p.detour]).toEqual([null, 1, null]);
		// Started from the presenter view, the audience follows.
		presenter.detourShown((p.detour = 'de'));
		await delivered();
		expect(a.detour).toBe('de');
	});

	it('next and previous return to the stop, as it was, and go no further', () => {
		const talk = started('?tour=history&stop=4');
		const address = withAddress(talk);
		talk.measured(2);
		talk.act({ type: 'next' });
		address.detour = 'br';
		for (const type of ['next', 'previous'] as const) {
			address.detour = 'br';
			expect(talk.act({ type })).toBe(true);
			expect([address.detour, talk.show.index, talk.show.part]).toEqual([null, 3, 1]);
		}
		// Leaving it, Back in the history stays possible: not a replacement.
		expect(address.writes.at(-1)).toEqual([null, false]);
	});

	it('a stop asked for by number ends it in place and goes there, in one message', async () => {
		const audience = started('?tour=gb,br,fr');
		const presenter = started('?tour=gb,br,fr');
		const [a, p] = [withAddress(audience), withAddress(presenter)];
		await delivered();
		audience.detourShown((a.detour = 'pk'));
		await delivered();
		audience.act({ type: 'goto', stop: 3 });
		expect(a.writes.at(-1)).toEqual([null, true]);
		await delivered();
		expect([p.detour, presenter.show.index]).toEqual([null, 2]);
	});

	it('stays through the black screen and the theme', () => {
		const talk = started('');
		const address = withAddress(talk);
		address.detour = 'br';
		talk.act({ type: 'blackout' });
		talk.act({ type: 'theme' });
		expect([address.detour, talk.show.blackout]).toEqual(['br', true]);
	});
});
