/**
 * The detour in a talk window's address (detour.ts), bound to its Talk: read from the address
 * once the router has started, and moved by shallow routing. Starting a detour adds a history
 * entry, so Back ends it; ending it goes back over that entry, or, where the window did not add
 * it (a reload, a shared link), rewrites the address in place.
 */
import { untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { countries } from '$lib/data/dataset';
import { localHref } from '$lib/i18n/links';
import { detourOfAddress, withDetour } from './detour';
import type { DetourBinding, Talk } from './talk.svelte';

export class DetourAddress implements DetourBinding {
	#talk: Talk;
	#path: string;
	#started: () => boolean = () => false;
	/** The country of the detour shown, or null. */
	readonly iso2 = $derived(
		this.#started() ? detourOfAddress(page.url, page.state, countries) : null
	);

	/**
	 * `path` is the window's own path, resolved; `started` says whether the router has started
	 * (before that the address cannot be read while prerendering, nor rewritten).
	 */
	constructor(talk: Talk, path: string, started: () => boolean) {
		this.#talk = talk;
		this.#path = path;
		this.#started = started;
		talk.bindDetour(this);
		// Whatever moved the address (the speaker, Back, the other window), the others hear of it.
		$effect(() => {
			const shown = this.iso2;
			untrack(() => talk.detourShown(shown));
		});
	}

	/** The window's address for the talk's stop and this detour. */
	href(iso2: string | null = this.iso2): string {
		return localHref(this.#path + withDetour(this.#talk.search(), iso2));
	}

	read = () => this.iso2;

	write = (iso2: string | null, replace: boolean) => {
		if (iso2 === this.iso2) return;
		if (!iso2 && !replace && page.state.detourPushed) history.back();
		else if (iso2 && !this.iso2 && !replace)
			pushState(this.href(iso2), { ...page.state, detour: iso2, detourPushed: true });
		else
			replaceState(this.href(iso2), {
				...page.state,
				detour: iso2,
				// Another country in place of the first keeps the entry Back leaves by.
				detourPushed: iso2 !== null && page.state.detourPushed === true
			});
	};
}
