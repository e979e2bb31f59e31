/**
 * Keeps the audience window and the presenter view on the same stop, both ways. Each window
 * sends what its speaker did; a window never re-sends what it received, so the two cannot
 * echo each other. Messages name the tour, so two different talks open at once stay apart.
 */

export interface SyncState {
	index: number;
	blackout: boolean;
	/** The part of a long stop shown (-1: its last, once measured); see steps.ts. */
	part?: number;
	/** How many parts the audience's screen needs for the stop. */
	parts?: number;
}

type Message = { tour: string } & (
	| { type: 'state'; state: SyncState }
	/** A new window; with `index`, one opened on a stop of its own that the others should take. */
	| { type: 'hello'; index?: number }
);

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
 * talk is; `onremote` applies what another window did. With `stop`, the new window (a shared
 * link, a reload) takes the others to that stop; either way it learns the rest (the black
 * screen) from them, so a reload never lifts a blackout.
 */
export function joinSync(
	tour: string,
	current: () => SyncState,
	onremote: (state: SyncState) => void,
	stop: number | null = null,
	channel: Channel = new BroadcastChannel(CHANNEL_NAME)
): Sync {
	const post = (message: Message) => channel.postMessage(message);
	channel.onmessage = ({ data }) => {
		if (!isMessage(data, tour)) return;
		if (data.type === 'hello') {
			if (Number.isInteger(data.index)) onremote({ ...current(), index: data.index! });
			post({ tour, type: 'state', state: current() });
		} else if (Number.isInteger(data.state?.index)) onremote(data.state);
	};
	post({ tour, type: 'hello', ...(stop === null ? {} : { index: stop }) });
	return {
		send: (state) => post({ tour, type: 'state', state }),
		close: () => {
			channel.onmessage = null;
			channel.close();
		}
	};
}
