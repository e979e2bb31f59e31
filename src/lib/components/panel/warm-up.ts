/**
 * The first panel a page opens costs far more than the next: the browser compiles the panel's
 * code on first use, Svelte parses each of its templates once, and the browser looks up each
 * size, weight and style of the system typeface the panel's text is set in (a round trip to the
 * browser process per face: 6 to 16 ms of the first click's layout at 4x CPU throttle). So once
 * the page is idle after hydration, one panel is rendered and laid out out of sight: hidden, out
 * of the page's flow, attached to the document only while it is laid out and removed in the same
 * task, so no frame shows it and no screen reader or test can find it.
 */
import { mount, unmount } from 'svelte';
import type { Country } from '$lib/data/schema';
import { whenIdle } from '$lib/dom/timing/when-idle';
import CountryPanel from './CountryPanel.svelte';

/** How many parts of a panel a country fills: each kind of fact draws templates of its own. */
export function panelParts(country: Country): number {
	const events = country.events.length + country.events.filter((e) => !e.date || e.dateNote).length;
	const bodies = country.bodies.reduce(
		(sum, b) =>
			sum + 1 + Number(!!b.left) + (b.formerNames?.length ?? 0) + (b.otherNames?.length ?? 0),
		0
	);
	return bodies + country.publications.length + country.tactics.length + events;
}

/** The country whose panel draws the most, to render ahead of use; undefined for none. */
export function fullestPanel(countries: readonly Country[]): Country | undefined {
	let fullest: Country | undefined;
	for (const country of countries)
		if (!fullest || panelParts(country) > panelParts(fullest)) fullest = country;
	return fullest;
}

/**
 * Renders and lays out `country`'s whole panel once, out of sight, when the browser is idle;
 * returns a cancel. For that one task the document holds a second panel (and its heading's id):
 * nothing runs between its attaching and its removal, so nothing can find it.
 */
export function warmPanel(country: Country | undefined): () => void {
	if (!country) return () => {};
	return whenIdle(() => {
		const target = document.createElement('div');
		// The body's font size is the side column's, so the text is set in the faces a panel uses.
		target.style.cssText =
			'position: absolute; inset-block-start: 0; inset-inline-start: 0; inline-size: min(30rem, 100%); visibility: hidden; contain: layout paint style';
		const panel = mount(CountryPanel, { target, props: { country, onclose: () => {} } });
		document.body.append(target);
		target.getBoundingClientRect();
		void unmount(panel);
		target.remove();
	}, 4000);
}
