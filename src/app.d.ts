// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** Country chosen on the map without a full navigation (shallow routing); null closes the panel. */
			selected?: string | null;
			/** Year of the timeline chosen since the last navigation (null: today); shallow routing keeps it with the address. */
			year?: number | null;
			/** Colouring chosen since the last navigation; shallow routing keeps it with the address. */
			colour?: import('$lib/data/legend').ColourBy;
			/** The family tree's choice made since the last navigation; shallow routing keeps it with the address. */
			tree?: import('$lib/state/tree-param').TreeChoice;
			/** The list's order and filter chosen since the last navigation; kept as the colouring is. */
			list?: import('$lib/state/list-param').ListView;
			/** The talk's detour (`?detour=`) started or ended since the page loaded; null: none. */
			detour?: string | null;
			/** This history entry is a detour this window added, so ending the detour goes Back. */
			detourPushed?: boolean;
		}
	}
}

export {};
