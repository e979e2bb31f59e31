/**
 * Keeps the talk's windows (the audience's and the presenter view) on the same stop, both ways.
 * Each window sends what its speaker did; a window never re-sends what it received, so the two
 * cannot echo each other. Messages name the tour, so two different talks open at once stay apart;
 * a presenter view opened with no tour or stop of its own asks every talk where it is (`who`).
 * Messages carry the protocol's version, so a window left open from an older build is ignored.
 */

export const PROTOCOL = 3;

export interface SyncState {
	index: number;
	blackout: boolean;
	/** The part of a long stop shown (-1: its last, once measured); see steps.ts. */
	part?: number;
	/** How many parts the audience's screen needs for the stop. */
	parts?: number;
	/** The country of a detour from the stop (detour.ts), or null while the talk is on its stop. */
	detour?: string | null;
}

/** A talk running in another window, as it answers `who`: its tour (as messages name it) and where it is. */
export interface TalkFound {
	tour: string;
	state: SyncState;
}

export type Message = { v: typeof PROTOCOL } & (
	| { type: 'state'; tour: string; state: SyncState }
	/** A new window; with `index`, one opened on a stop of its own that the others should take. */
	| { type: 'hello'; tour: string; index?: number }
	/** A presenter view looking for the talks running, whatever their tour. */
	| { type: 'who' }
	/** A talk's answer to `who`. */
	| ({ type: 'here' } & TalkFound)
);

/** What BroadcastChannel offers, so tests can pass a fake. */
export interface Channel {
	postMessage(message: unknown): void;
	close(): void;
	onmessage: ((event: MessageEvent) => void) | null;
}

export const CHANNEL_NAME = 'imt-atlas-presentation';
/** The name messages give the tour an address leaves unsaid. */
export const DEFAULT_TOUR = 'default';

export interface Sync {
	/** Tells the other windows what this one now shows. */
	send(state: SyncState): void;
	close(): void;
}

const validState = (state: SyncState | undefined): state is SyncState =>
	Number.isInteger(state?.index);

function isMessage(data: unknown): data is Message {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as Message).v === PROTOCOL &&
		typeof (data as Message).type === 'string'
	);
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
		if (!isMessage(data)) return;
		if (data.type === 'who') post({ v: PROTOCOL, type: 'here', tour, state: current() });
		if (!('tour' in data) || data.tour !== tour) return;
		if (data.type === 'hello') {
			if (Number.isInteger(data.index)) onremote({ ...current(), index: data.index! });
			post({ v: PROTOCOL, tour, type: 'state', state: current() });
		} else if (data.type === 'state' && validState(data.state)) onremote(data.state);
	};
	post({ v: PROTOCOL, tour, type: 'hello', ...(stop === null ? {} : { index: stop }) });
	return {
		send: (state) => post({ v: PROTOCOL, tour, type: 'state', state }),
		close: () => {
			channel.onmessage = null;
			channel.close();
		}
	};
}

/**
 * Asks every talk running in this browser where it is, and hands their answers to `onfound` after
 * `wait` ms (the channel answers within a frame; the wait only has to outlast a busy one). The
 * returned function gives up early, without calling `onfound`.
 */
export function findTalks(
	wait: number,
	onfound: (talks: TalkFound[]) => void,
	channel: Channel = new BroadcastChannel(CHANNEL_NAME)
): () => void {
	const found: TalkFound[] = [];
	channel.onmessage = ({ data }) => {
		if (isMessage(data) && data.type === 'here' && validState(data.state))
			found.push({ tour: String(data.tour), state: data.state });
	};
	const close = () => {
		clearTimeout(timer);
		channel.onmessage = null;
		channel.close();
	};
	const timer = setTimeout(() => {
		close();
		onfound(found);
	}, wait);
	channel.postMessage({ v: PROTOCOL, type: 'who' } satisfies Message);
	return close;
}
