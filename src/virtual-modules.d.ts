// Modules that build plugins make (see scripts/).

declare module 'virtual:country-aliases' {
	/** Other names of the dataset's countries by lower-case ISO code (src/lib/data/country-aliases.ts). */
	const aliases: import('$lib/data/country-aliases').Aliases;
	export default aliases;
}
