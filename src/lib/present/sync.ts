/**
 * Keeps the audience window and the presenter view on the same stop, both ways. Each window
 * sends what its speaker did; a window never re-sends what it received, so the two cannot
 * echo each other. Messages name the tour, so two different talks open at once stay apart.
 */

export interface SyncState {
	index: number;
	blackout: boolean;
}

type Message = { tour: string } & ({ type: 'state'; state: SyncState } | { type: 'hello' });

/** What BroadcastChannel offers, so tests can pass a fake. */
export interface Channel {
	postMessage(message: unknown): void;
	close(): void;
	onmessage: ((event: MessageEvent) => void) | null;
}

export const CHANNEL_NAME = 'imt-atlas-presentation';

export interface Sync {
	/** Tells the other windows what this one now shows. */
	send(state: SyncState): void;
	close(): void;
}

function isMessage(data: unknown, tour: string): data is Message {
	return typeof data === 'object' && data !== null && (data as Message).tour === tour;
}

/**
 * Joins the channel for `tour`. `current` answers a newly opened window that asks where the
 * talk is; `onremote` applies what another window did. With `announce`, the new window tells
 * the others where it stands instead of asking.
 */
export function joinSync(
	tour: string,
	current: () => SyncState,
	onremote: (state: SyncState) => void,
	announce: SyncState | null = null,
	channel: Channel = new BroadcastChannel(CHANNEL_NAME)
): Sync {
	const post = (message: Message) => channel.postMessage(message);
	channel.onmessage = ({ data }) => {
		if (!isMessage(data, tour)) return;
		if (data.type === 'hello') post({ tour, type: 'state', state: current() });
		else if (Number.isInteger(data.state?.index)) onremote(data.state);
	};
	post(announce ? { tour, type: 'state', state: announce } : { tour, type: 'hello' });
	return {
		send: (state) => post({ tour, type: 'state', state }),
		close: () => {
			channel.onmessage = null;
			channel.close();
		}
	};
}
