/**
 * What the talk keeps on this browser for the speaker's next talk (the theme, the clicker's keys,
 * the planned length). Storage can be blocked (private modes, policies): then nothing is
 * remembered and the talk goes on with what was chosen.
 */

export type Remembering = Partial<Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>>;

/** The text kept under `key`, or null when there is none or storage is blocked. */
export function recall(storage: Remembering | undefined, key: string): string | null {
	try {
		return storage?.getItem?.(key) ?? null;
	} catch {
		return null;
	}
}

/** Keeps `value` under `key`; null forgets it. A blocked storage only means it is not kept. */
export function remember(storage: Remembering | undefined, key: string, value: string | null) {
	try {
		if (value === null) storage?.removeItem?.(key);
		else storage?.setItem?.(key, value);
	} catch {
		// Not remembered; the talk goes on as chosen.
	}
}
