/**
 * Where the atlas uses a sentence of its source, for the sources page: the ledger's fact paths
 * grouped by the page a reader would open (a country's panel, or the tendency's page), each fact
 * named by its kind and, for a dated one, its date.
 */
import { formatDateText } from './chronology';
import type { Dataset } from './schema';

export type FactKind = 'ideas' | 'bodies' | 'periods' | 'publications' | 'tactics' | 'events';

export interface FactUse {
	kind: FactKind;
	/** The fact's date as the panel writes it, when it has one. */
	date?: string;
}

export interface PlaceUses {
	/** A country's ISO code, or null for the tendency as a whole. */
	iso2: string | null;
	facts: FactUse[];
}

type Dated = { id: string; date?: string | null; from?: string | null };

function lookup(data: Dataset, scope: string, kind: FactKind, id: string): Dated | undefined {
	const owner: Record<string, unknown> | undefined =
		scope === 'tendency' ? data.tendency : data.countries.find((c) => c.iso2 === scope);
	const list = owner?.[kind];
	return Array.isArray(list) ? (list as Dated[]).find((fact) => fact.id === id) : undefined;
}

/** The places a sentence's facts appear, the tendency first, then countries in ledger order. */
export function usesOf(paths: readonly string[], data: Dataset): PlaceUses[] {
	const places = new Map<string, PlaceUses>();
	for (const path of paths) {
		const [scope, kind, id] = path.split('/') as [string, FactKind, string];
		const fact = lookup(data, scope, kind, id);
		if (!fact) continue;
		const dated = kind === 'events' ? fact.date : kind === 'periods' ? fact.from : null;
		const place = places.get(scope) ?? { iso2: scope === 'tendency' ? null : scope, facts: [] };
		place.facts.push(dated ? { kind, date: formatDateText(dated) } : { kind });
		places.set(scope, place);
	}
	return [...places.values()].sort((a, b) => Number(a.iso2 !== null) - Number(b.iso2 !== null));
}
