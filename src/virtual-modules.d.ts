// Modules that build plugins make (see scripts/).

declare module 'virtual:country-aliases' {
	/** Other names of the dataset's countries by lower-case ISO code (src/lib/data/country-aliases.ts). */
	const aliases: import('$lib/data/country-aliases').Aliases;
	export default aliases;
}

declare module 'virtual:atlas-core' {
	/**
	 * The dataset (`src/lib/data/atlas.json`): whole on the server; in the browser, without the
	 * details of `details-split.ts` until `details.svelte.ts` has merged them in.
	 */
	const core: unknown;
	export default core;
	/** Whether the core is the whole dataset (on the server). */
	export const complete: boolean;
}

declare module 'virtual:atlas-details' {
	/**
	 * The address of a JSON file holding what `virtual:atlas-core` leaves out in the browser
	 * (`null` on the server, which has it all).
	 */
	const url: string | null;
	export default url;
}

declare module 'virtual:first-load-script' {
	/** `src/lib/dom/hover/first-load.ts` as one minified classic script (scripts/first-load-plugin.js). */
	const script: string;
	export default script;
}
