/**
 * Whether the page is the embed, framed in someone else's page. The rest of the atlas refuses to
 * be framed (frame-ancestors 'none'), so a link from the embed to it must open a new tab: opened
 * in the frame, the browser would show its refusal instead of the page. Components that link out
 * (citations, the source line) ask `leavingTarget()`, which works with JavaScript off too.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('embedded');

/** Marks everything under the calling component as inside the embed. */
export const setEmbedded = (): void => void setContext(KEY, true);

/** The `target` for a link to the atlas outside the embed: a new tab inside it, else none. */
export const leavingTarget = (): '_blank' | undefined =>
	getContext<boolean | undefined>(KEY) ? '_blank' : undefined;
