/**
 * What a class of the tactic legend means, in the words a country's panel heads its tactics
 * with (`describeTactic`), so that the legend and the panel never name one thing two ways. The
 * classes follow `categoryOf`: entryism in a labour, communist or populist party has a class of
 * its own; "Inside another party" gathers the work inside a party that the source does not call
 * entryism (the panel's "Inside a party") and entryism in a party of another or unknown kind.
 */
import { m } from '../paraglide/messages';
import type { PartyKind } from './schema';
import { partyKindLabel, tacticTypeLabel, type TacticCategory } from './tactics';

const ENTRYISM_KIND: Partial<Record<TacticCategory, PartyKind>> = {
	'entryism-labour': 'labour',
	'entryism-communist': 'communist',
	'entryism-populist': 'populist'
};

/** What the class gathers, as its countries' panels say it; null for "none described". */
export function tacticMeaning(category: TacticCategory): string | null {
	const kind = ENTRYISM_KIND[category];
	if (kind)
		return m.legend_tactic_meaning_entryism({
			entryism: tacticTypeLabel('entryism'),
			kind: partyKindLabel(kind)
		});
	if (category === 'inside-party')
		return m.legend_tactic_meaning_inside({
			inside: tacticTypeLabel('inside-party'),
			entryism: tacticTypeLabel('entryism'),
			broadLeft: partyKindLabel('broad-left')
		});
	if (category === 'campaign')
		return m.legend_tactic_meaning_campaign({
			campaign: tacticTypeLabel('campaign'),
			alliance: tacticTypeLabel('alliance'),
			independent: tacticTypeLabel('independent')
		});
	return null;
}
