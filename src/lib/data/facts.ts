/**
 * Every cited fact of the dataset under a stable path, `scope/kind/id`: the scope is `tendency`,
 * `lineage` (the family tree) or a country's ISO code, the kind the list the fact sits in
 * (`gb/events/1983-…`, `lineage/links/cmi-renamed-imt`). The source
 * ledger points at facts by these paths. Works on unchecked data too, so a maintainer's broken
 * edit still gets its ledger problems reported beside its other ones.
 */
import type { Citation } from './schema';

export interface CitedFact {
	path: string;
	/** Every citation the fact carries, those of its dated mentions (`knownFrom`) included. */
	cite: Citation[];
}

export const TENDENCY_KINDS = ['ideas', 'publications', 'events'] as const;
export const COUNTRY_KINDS = ['bodies', 'periods', 'publications', 'tactics', 'events'] as const;
export const LINEAGE_KINDS = ['organisations', 'links'] as const;

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The citations anywhere inside one fact. */
function citationsIn(node: unknown): Citation[] {
	if (Array.isArray(node)) return node.flatMap(citationsIn);
	if (!isNode(node)) return [];
	return Object.entries(node).flatMap(([key, value]) =>
		key === 'cite' && Array.isArray(value) ? (value as Citation[]) : citationsIn(value)
	);
}

function factsOf(scope: string, owner: unknown, kinds: readonly string[]): CitedFact[] {
	if (!isNode(owner)) return [];
	return kinds.flatMap((kind) => {
		const list = owner[kind];
		if (!Array.isArray(list)) return [];
		return list.map((fact, i) => {
			const id = isNode(fact) && typeof fact.id === 'string' ? fact.id : `#${i + 1}`;
			return { path: `${scope}/${kind}/${id}`, cite: citationsIn(fact) };
		});
	});
}

/** Every cited fact: the tendency's first, then each country's in dataset order, then the tree's. */
export function citedFacts(data: unknown): CitedFact[] {
	if (!isNode(data)) return [];
	const countries = Array.isArray(data.countries) ? data.countries : [];
	return [
		...factsOf('tendency', data.tendency, TENDENCY_KINDS),
		...countries.flatMap((country, i) => {
			const iso2 = isNode(country) && typeof country.iso2 === 'string' ? country.iso2 : `#${i + 1}`;
			return factsOf(iso2, country, COUNTRY_KINDS);
		}),
		...factsOf('lineage', data.lineage, LINEAGE_KINDS)
	];
}
