// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** Country chosen on the map without a full navigation (shallow routing); null closes the panel. */
			selected?: string | null;
		}
	}
}

export {};
