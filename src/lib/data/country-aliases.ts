/**
 * The other names people type for a country: "UK", "USA", "Holland". ISO's list of English names
 * (the i18n-iso-countries package) gives most of them; it is read at build time, so the browser
 * gets a few names per country and not the package (see `server/country-aliases.ts` and the
 * `virtual:country-aliases` module made by `scripts/country-aliases-plugin.js`).
 */

/** Other names by lower-case ISO 3166-1 alpha-2 code. */
export type Aliases = Readonly<Record<string, readonly string[]>>;

/**
 * Only the names in everyday use that ISO's list lacks; a test fails when the list gains one,
 * so that it can be dropped here.
 */
export const ADDED_ALIASES: Aliases = {
	gb: ['Britain'],
	nl: ['Holland'],
	us: ['America']
};

interface Named {
	iso2: string;
	name: string;
}

/**
 * Each country's other names, ISO's first and then ours, leaving out the name the atlas already
 * shows and any name twice (compared without case).
 */
export function aliasesOf(
	countries: readonly Named[],
	isoNames: (iso2: string) => readonly string[],
	added: Aliases = ADDED_ALIASES
): Aliases {
	const result: Record<string, readonly string[]> = {};
	for (const { iso2, name } of countries) {
		const seen = new Set([name.toLowerCase()]);
		const names = [...isoNames(iso2), ...(added[iso2] ?? [])].filter((alias) => {
			const key = alias.toLowerCase();
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
		if (names.length) result[iso2] = names;
	}
	return result;
}
