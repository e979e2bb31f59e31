/**
 * Where the atlas uses a sentence of its source, for the sources page: the ledger's fact paths
 * grouped by the page a reader would open (a country's panel, the tendency's page, or the family
 * tree), each fact named by its kind and, for a dated one, its date.
 */
import { formatDateText } from './chronology';
import type { Dataset } from './schema';

export type FactKind =
	| 'ideas'
	| 'bodies'
	| 'periods'
	| 'publications'
	| 'tactics'
	| 'events'
	| 'organisations'
	| 'links';

export interface FactUse {
	kind: FactKind;
	/** The fact's date as the panel writes it, when it has one. */
	date?: string;
}

export interface PlaceUses {
	/** A country's ISO code, or null for the tendency as a whole and for the family tree. */
	iso2: string | null;
	/** Set for the facts of the family tree. */
	lineage?: true;
	facts: FactUse[];
}

type Dated = { id: string; date?: string | null; from?: string | null };

function lookup(data: Dataset, scope: string, kind: FactKind, id: string): Dated | undefined {
	const owner: Record<string, unknown> | undefined =
		scope === 'tendency'
			? data.tendency
			: scope === 'lineage'
				? data.lineage
				: data.countries.find((c) => c.iso2 === scope);
	const list = owner?.[kind];
	return Array.isArray(list) ? (list as Dated[]).find((fact) => fact.id === id) : undefined;
}

const DATED_BY: Partial<Record<FactKind, 'date' | 'from'>> = {
	events: 'date',
	links: 'date',
	periods: 'from',
	organisations: 'from'
};

/** Pages in the order the sources page lists them: the tendency, the tree, then countries. */
const rank = (place: PlaceUses) => (place.iso2 !== null ? 2 : place.lineage ? 1 : 0);

/** The places a sentence's facts appear, the tendency first, then countries in ledger order. */
export function usesOf(paths: readonly string[], data: Dataset): PlaceUses[] {
	const places = new Map<string, PlaceUses>();
	for (const path of paths) {
		const [scope, kind, id] = path.split('/') as [string, FactKind, string];
		const fact = lookup(data, scope, kind, id);
		if (!fact) continue;
		const field = DATED_BY[kind];
		const dated = field ? fact[field] : null;
		const place: PlaceUses =
			places.get(scope) ??
			(scope === 'lineage'
				? { iso2: null, lineage: true, facts: [] }
				: { iso2: scope === 'tendency' ? null : scope, facts: [] });
		place.facts.push(dated ? { kind, date: formatDateText(dated) } : { kind });
		places.set(scope, place);
	}
	return [...places.values()].sort((a, b) => rank(a) - rank(b));
}
