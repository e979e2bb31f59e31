// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** Country chosen on the map without a full navigation (shallow routing); null closes the panel. */
			selected?: string | null;
			/** Year of the timeline chosen since the last navigation (null: today); shallow routing keeps it with the address. */
			year?: number | null;
		}
	}
}

declare module 'virtual:pseudo-prose' {
	/** The pseudo-locales' prose loaders in the browser tests' pseudo build; empty in the site's. */
	const loaders: Record<string, () => Promise<Record<string, string>>>;
	export default loaders;
}

export {};
