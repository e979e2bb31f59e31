import { describe, expect, it, vi } from 'vitest';
import {
	findTalks,
	joinSync,
	PROTOCOL,
	type Channel,
	type SyncState,
	type TalkFound
} from './sync';

/** An in-memory BroadcastChannel: delivers to every other member, never to the sender. */
function network() {
	const members: Channel[] = [];
	return () => {
		const channel: Channel = {
			onmessage: null,
			postMessage(message) {
				for (const other of members)
					if (other !== channel)
						other.onmessage?.({ data: structuredClone(message) } as MessageEvent);
			},
			close() {
				members.splice(members.indexOf(channel), 1);
			}
		};
		members.push(channel);
		return channel;
	};
}

/** A window: its own state, joined to the channel; `announce` when it opened on a stop of its own. */
function window(join: () => Channel, tour: string, start: SyncState, announce = false) {
	const self = { state: { ...start }, received: 0 };
	const sync = joinSync(
		tour,
		() => self.state,
		(state) => {
			self.state = state;
			self.received++;
		},
		announce ? start.index : null,
		join()
	);
	return Object.assign(self, { sync, act: (s: SyncState) => sync.send((self.state = s)) });
}

describe('joinSync', () => {
	it('a newly opened window learns where the talk is', () => {
		const join = network();
		const audience = window(join, 'default', { index: 3, blackout: false });
		const presenter = window(join, 'default', { index: 0, blackout: false });
		expect(presenter.state).toEqual({ index: 3, blackout: false });
		expect(audience.received).toBe(0);
	});

	it('a window opened on a stop of its own takes the talk there', () => {
		const join = network();
		const audience = window(join, 'default', { index: 3, blackout: false });
		const shared = window(join, 'default', { index: 13, blackout: false }, true);
		expect(audience.state.index).toBe(13);
		expect(shared.state.index).toBe(13);
	});

	it('a window reloaded during a blackout keeps the screen black', () => {
		const join = network();
		const audience = window(join, 'default', { index: 5, blackout: true });
		const reloaded = window(join, 'default', { index: 5, blackout: false }, true);
		expect(audience.state).toEqual({ index: 5, blackout: true });
		expect(reloaded.state).toEqual({ index: 5, blackout: true });
	});

	it('either window moves the other, once, without echo', () => {
		const join = network();
		const audience = window(join, 'default', { index: 0, blackout: false });
		const presenter = window(join, 'default', { index: 0, blackout: false });
		presenter.act({ index: 1, blackout: false });
		expect(audience.state.index).toBe(1);
		audience.act({ index: 2, blackout: true });
		expect(presenter.state).toEqual({ index: 2, blackout: true });
		expect(audience.received).toBe(1);
		expect(presenter.received).toBe(2); // the answer to its hello, then the audience's move
	});

	it('keeps two different tours apart', () => {
		const join = network();
		const a = window(join, 'gb,br', { index: 0, blackout: false });
		const b = window(join, 'default', { index: 0, blackout: false });
		a.act({ index: 1, blackout: false });
		expect(b.state.index).toBe(0);
	});

	it('ignores malformed messages', () => {
		const join = network();
		const a = window(join, 'default', { index: 0, blackout: false });
		join().postMessage({ v: PROTOCOL, tour: 'default', type: 'state', state: { index: 'x' } });
		join().postMessage('nonsense');
		// A window left open from a build before versioned messages.
		join().postMessage({ tour: 'default', type: 'state', state: { index: 3, blackout: false } });
		expect(a.state.index).toBe(0);
	});

	it('stops listening once closed', () => {
		const join = network();
		const a = window(join, 'default', { index: 0, blackout: false });
		const b = window(join, 'default', { index: 0, blackout: false });
		a.sync.close();
		b.act({ index: 4, blackout: false });
		expect(a.state.index).toBe(0);
	});
});

describe('findTalks', () => {
	/** Runs findTalks on `join`'s network and returns what it found once the wait is over. */
	function found(join: () => Channel): TalkFound[] {
		vi.useFakeTimers();
		let talks: TalkFound[] = [];
		findTalks(200, (t) => (talks = t), join());
		vi.advanceTimersByTime(200);
		vi.useRealTimers();
		return talks;
	}

	it('every talk answers with its tour and place, whatever the tour', () => {
		const join = network();
		window(join, 'history', { index: 3, blackout: false, part: 1, parts: 2 });
		window(join, 'default', { index: 0, blackout: true });
		expect(found(join)).toEqual([
			{ tour: 'history', state: { index: 3, blackout: false, part: 1, parts: 2 } },
			{ tour: 'default', state: { index: 0, blackout: true } }
		]);
	});

	it('asking moves no talk', () => {
		const join = network();
		const audience = window(join, 'history', { index: 3, blackout: false });
		found(join);
		expect(audience.state.index).toBe(3);
		expect(audience.received).toBe(0);
	});

	it('finds nothing when no talk runs, and nothing once given up', () => {
		expect(found(network())).toEqual([]);
		const join = network();
		window(join, 'history', { index: 3, blackout: false });
		vi.useFakeTimers();
		let called = false;
		findTalks(200, () => (called = true), join())();
		vi.advanceTimersByTime(200);
		vi.useRealTimers();
		expect(called).toBe(false);
	});
});
