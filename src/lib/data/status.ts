/**
 * A country's status in the tendency, derived from its organisations as the source describes
 * them: an organisation that has not left counts before one that has split away.
 */
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

export const STATUS_LABEL: Record<Status, string> = {
	section: 'Section',
	group: 'Group',
	split: 'Split away',
	predecessor: 'CWI era only',
	none: 'No known presence'
};

/**
 * At a past year the forerunner is simply Militant and the CWI: "CWI era only" describes today's
 * map, where nothing later is recorded.
 */
const LABEL_THEN: Record<Status, string> = { ...STATUS_LABEL, predecessor: 'Militant / CWI' };

/** The status's name on the map of a past year (`past`), or of today. */
export function statusLabel(status: Status, past: boolean): string {
	return (past ? LABEL_THEN : STATUS_LABEL)[status];
}

export const STATUS_DESCRIPTION: Record<Status, string> = {
	section: 'The source names an IMT section here.',
	group: 'The source names an IMT group here, not a section.',
	split: 'The organisation the source names here left the IMT.',
	predecessor: "Only the IMT's forerunner, the CWI, is recorded here.",
	none: 'The source names no IMT organisation here.'
};

/** The label inside a sentence: "section", but the forerunner's names keep their capitals. */
export function statusInSentence(status: Status, past: boolean): string {
	const label = statusLabel(status, past);
	return status === 'predecessor' ? label : label[0]!.toLowerCase() + label.slice(1);
}

const DESCRIPTION_THEN: Record<Status, string> = {
	...STATUS_DESCRIPTION,
	predecessor: "The IMT's forerunners, Militant and the CWI, are recorded here."
};

/** What the status means on the map of a past year (`past`), or of today. */
export function statusDescription(status: Status, past: boolean): string {
	return (past ? DESCRIPTION_THEN : STATUS_DESCRIPTION)[status];
}
