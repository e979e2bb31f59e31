/**
 * A country's status in the tendency, derived from its organisations as the source describes
 * them: an organisation that has not left counts before one that has split away.
 */
import { m } from '../paraglide/messages';
import type { Country } from './schema';

export type Status = 'section' | 'group' | 'split' | 'predecessor' | 'none';

export const STATUSES: readonly Status[] = ['section', 'group', 'split', 'predecessor', 'none'];

export function statusOf(country: Country): Status {
	const staying = country.bodies.filter((b) => !b.left);
	if (staying.some((b) => b.role === 'section')) return 'section';
	if (staying.some((b) => b.role === 'group')) return 'group';
	if (country.bodies.some((b) => b.left && b.role !== 'predecessor')) return 'split';
	if (country.bodies.some((b) => b.role === 'predecessor')) return 'predecessor';
	return 'none';
}

const LABEL: Record<Status, () => string> = {
	section: m.status_section,
	group: m.status_group,
	split: m.status_split,
	predecessor: m.status_predecessor,
	none: m.status_none
};

/**
 * At a past year the forerunner is simply Militant and the CWI: "CWI era only" describes today's
 * map, where nothing later is recorded.
 */
const LABEL_THEN: Record<Status, () => string> = {
	...LABEL,
	predecessor: m.status_predecessor_then
};

// Lookups of message functions, called at render time: the language is the request's, so no
// translated text is kept in module state.

/** The status's name on the map of a past year (`past`), or of today. */
export function statusLabel(status: Status, past: boolean): string {
	return (past ? LABEL_THEN : LABEL)[status]();
}

const DESCRIPTION: Record<Status, () => string> = {
	section: m.status_section_description,
	group: m.status_group_description,
	split: m.status_split_description,
	predecessor: m.status_predecessor_description,
	none: m.status_none_description
};

/** The label inside a sentence: "section", but the forerunner's names keep their capitals. */
export function statusInSentence(status: Status, past: boolean): string {
	const label = statusLabel(status, past);
	return status === 'predecessor' ? label : label[0]!.toLowerCase() + label.slice(1);
}

const DESCRIPTION_THEN: Record<Status, () => string> = {
	...DESCRIPTION,
	predecessor: m.status_predecessor_then_description
};

/** What the status means on the map of a past year (`past`), or of today. */
export function statusDescription(status: Status, past: boolean): string {
	return (past ? DESCRIPTION_THEN : DESCRIPTION)[status]();
}
