import { describe, expect, it } from 'vitest';
import { joinSync, type Channel, type SyncState } from './sync';

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
		join().postMessage({ tour: 'default', type: 'state', state: { index: 'x' } });
		join().postMessage('nonsense');
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
