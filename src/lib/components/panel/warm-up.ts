/**
 * The first panel a page opens costs far more than the next: the browser compiles the panel's
 * code on first use and Svelte parses each of its templates once. Traced at 4x CPU throttle, a
 * first click on a country cost about 100 ms more main-thread work than the same click after
 * another panel had been open. So once the page is idle after hydration, one panel is rendered
 * off the page, into an element never attached to the document (no style, no layout, nothing a
 * screen reader or a test can see), and removed in the same task.
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

/** Renders `country`'s whole panel once off the page when the browser is idle; returns a cancel. */
export function warmPanel(country: Country | undefined): () => void {
	if (!country) return () => {};
	return whenIdle(() => {
		const panel = mount(CountryPanel, {
			target: document.createElement('div'),
			props: { country, onclose: () => {} }
		});
		void unmount(panel);
	}, 4000);
}
