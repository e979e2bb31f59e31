/**
 * The talk's theme is the speaker's choice for their hall: once chosen with T it is kept for the
 * next talk in this browser. Before any choice, the system's light or dark preference decides;
 * with neither, dark (a projector's black is darker than its white is bright).
 */
import type { Theme } from './controller.svelte';

export const THEME_KEY = 'imt-atlas-present-theme';

/** The theme to open with: the stored choice if it is one, else the system's preference. */
export function initialTheme(stored: string | null, prefersLight: boolean): Theme {
	if (stored === 'light' || stored === 'dark') return stored;
	return prefersLight ? 'light' : 'dark';
}

/** Reads the stored choice; storage can be blocked (private modes, policies). */
export function storedTheme(storage: Pick<Storage, 'getItem'> | undefined): string | null {
	try {
		return storage?.getItem(THEME_KEY) ?? null;
	} catch {
		return null;
	}
}

/** Keeps the speaker's choice; a blocked storage only means it is not remembered. */
export function storeTheme(storage: Pick<Storage, 'setItem'> | undefined, theme: Theme) {
	try {
		storage?.setItem(THEME_KEY, theme);
	} catch {
		// Not remembered; the talk goes on in the chosen theme.
	}
}
