/**
 * The talk's plain-string sentences that carry a counter or a stop's title: the tab's title and
 * what a screen reader announces at each stop. Each value is isolated (`i18n/bidi.ts`), so that
 * "3 / 24" and a title in the source's Latin script read the same in a right-to-left language.
 */
import { isolate } from '$lib/i18n/bidi';
import { m } from '$lib/paraglide/messages';

/** The talk's tab: "Brazil · 3 / 24 · IMT Atlas presentation". */
export const stopPageTitle = (title: string, progress: string): string =>
	m.talk_page_title({ stop: isolate(title), progress: isolate(progress) });

/** Announced at each stop: "Stop 3 / 24: Brazil". */
export const stopAnnouncement = (progress: string, title: string): string =>
	m.talk_live({ progress: isolate(progress), title: isolate(title) });

/** The presenter view's tab: "Presenter · 3 / 24 · IMT Atlas". */
export const presenterPageTitle = (progress: string): string =>
	m.page_title({ page: m.presenter_page_title({ progress: isolate(progress) }) });

/** The talk's tab during a detour: "Detour: Brazil · 5 / 24 · IMT Atlas presentation". */
export const detourPageTitle = (title: string, progress: string): string =>
	stopPageTitle(m.talk_detour_title({ country: title }), progress);

/** Announced when a detour starts: "Detour: Brazil. Escape returns to stop 5." */
export const detourAnnouncement = (title: string, stop: number): string =>
	m.talk_detour_live({ country: isolate(title), stop: String(stop) });
