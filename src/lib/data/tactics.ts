/**
 * Tactics: which category colours a country on the tactic map, and how a tactic reads in a
 * panel. A tactic is current when the source gives it no end.
 */
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

export const TACTIC_LABEL: Record<TacticCategory, string> = {
	'entryism-labour': 'Entryism: labour party',
	'entryism-communist': 'Entryism: communist party',
	'entryism-populist': 'Entryism: populist party',
	'inside-party': 'Inside another party',
	campaign: 'Campaigns and alliances',
	none: 'None described'
};

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

const TYPE_LABEL: Record<Tactic['type'], string> = {
	entryism: 'Entryism',
	'inside-party': 'Inside a party',
	campaign: 'Campaign',
	alliance: 'Electoral alliance',
	independent: 'Independent work'
};

const KIND_LABEL: Record<PartyKind, string> = {
	labour: 'labour / social-democratic party',
	communist: 'communist party',
	'broad-left': 'broad-left party',
	populist: 'populist party'
};

/** "Entryism · French Communist Party (PCF), a communist party". */
export function describeTactic(tactic: Tactic): { type: string; party: string | null } {
	const party = tactic.party
		? `${tactic.party.name ?? 'a party not named in the source'}${
				tactic.party.kind
					? `, ${KIND_LABEL[tactic.party.kind]}`
					: tactic.type === 'alliance'
						? ''
						: ' (the source does not say what kind of party)'
			}`
		: null;
	return { type: TYPE_LABEL[tactic.type], party };
}
