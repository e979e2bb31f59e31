/**
 * Tactics: which category colours a country on the tactic map, and how a tactic reads in a
 * panel. A tactic is current when the source gives it no end.
 */
import { m } from '../paraglide/messages';
import type { Country, PartyKind, Tactic } from './schema';

export type TacticCategory =
	| 'entryism-labour'
	| 'entryism-communist'
	| 'entryism-populist'
	| 'inside-party'
	| 'campaign'
	| 'none';

export const TACTIC_CATEGORIES: readonly TacticCategory[] = [
	'entryism-labour',
	'entryism-communist',
	'entryism-populist',
	'inside-party',
	'campaign',
	'none'
];

// Lookups of message functions, called at render time: the language is the request's.
const LABEL: Record<TacticCategory, () => string> = {
	'entryism-labour': m.tactic_entryism_labour,
	'entryism-communist': m.tactic_entryism_communist,
	'entryism-populist': m.tactic_entryism_populist,
	'inside-party': m.tactic_inside_party,
	campaign: m.tactic_campaign,
	none: m.tactic_none
};

/** The category's name, as the legend, tooltip and list write it. */
export function tacticLabel(category: TacticCategory): string {
	return LABEL[category]();
}

const ENTRYISM: Record<PartyKind, TacticCategory> = {
	labour: 'entryism-labour',
	communist: 'entryism-communist',
	populist: 'entryism-populist',
	'broad-left': 'inside-party'
};

export function isCurrent(tactic: Tactic): boolean {
	return tactic.to === null && tactic.ended === undefined;
}

export function categoryOf(tactic: Tactic): TacticCategory {
	if (tactic.type === 'entryism') {
		return tactic.party?.kind ? ENTRYISM[tactic.party.kind] : 'inside-party';
	}
	return tactic.type === 'inside-party' ? 'inside-party' : 'campaign';
}

/** The country's current tactic that says most about where it works; earlier in the list wins. */
export function tacticCategoryOf(country: Country): TacticCategory {
	const current = new Set(country.tactics.filter(isCurrent).map(categoryOf));
	return TACTIC_CATEGORIES.find((c) => current.has(c)) ?? 'none';
}

const TYPE_LABEL: Record<Tactic['type'], () => string> = {
	entryism: m.tactic_type_entryism,
	'inside-party': m.tactic_type_inside_party,
	campaign: m.tactic_type_campaign,
	alliance: m.tactic_type_alliance,
	independent: m.tactic_type_independent
};

const KIND_LABEL: Record<PartyKind, () => string> = {
	labour: m.tactic_kind_labour,
	communist: m.tactic_kind_communist,
	'broad-left': m.tactic_kind_broad_left,
	populist: m.tactic_kind_populist
};

/** The kind of work, as a country's panel heads a tactic: "Entryism", "Inside a party". */
export const tacticTypeLabel = (type: Tactic['type']): string => TYPE_LABEL[type]();

/** The kind of party, as a country's panel writes it: "communist party". */
export const partyKindLabel = (kind: PartyKind): string => KIND_LABEL[kind]();

/** The party a tactic works in, with its kind: "French Communist Party (PCF), communist party". */
function partyText(party: NonNullable<Tactic['party']>, type: Tactic['type']): string {
	const name = party.name ?? m.tactic_party_unnamed();
	if (party.kind) return m.tactic_party_of_kind({ party: name, kind: partyKindLabel(party.kind) });
	return type === 'alliance' ? name : m.tactic_party_kind_unknown({ party: name });
}

/** "Entryism · French Communist Party (PCF), a communist party". */
export function describeTactic(tactic: Tactic): { type: string; party: string | null } {
	return {
		type: tacticTypeLabel(tactic.type),
		party: tactic.party ? partyText(tactic.party, tactic.type) : null
	};
}
