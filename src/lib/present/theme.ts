/**
 * The talk's theme is the speaker's choice for their hall: once chosen with T it is kept for the
 * next talk in this browser. Before any choice, the system's light or dark preference decides;
 * with neither, dark (a projector's black is darker than its white is bright).
 */
import type { Theme } from './controller.svelte';
import { recall, remember, type Remembering } from './remembered';

export const THEME_KEY = 'imt-atlas-present-theme';

/** The theme to open with: the stored choice if it is one, else the system's preference. */
export function initialTheme(stored: string | null, prefersLight: boolean): Theme {
	if (stored === 'light' || stored === 'dark') return stored;
	return prefersLight ? 'light' : 'dark';
}

/** Reads the stored choice (null when there is none or storage is blocked). */
export function storedTheme(storage: Remembering | undefined): string | null {
	return recall(storage, THEME_KEY);
}

/** Keeps the speaker's choice; a blocked storage only means it is not remembered. */
export function storeTheme(storage: Remembering | undefined, theme: Theme) {
	remember(storage, THEME_KEY, theme);
}
