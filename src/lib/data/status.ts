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

export const STATUS_DESCRIPTION: Record<Status, string> = {
	section: 'The source names an IMT section here.',
	group: 'The source names an IMT group here, not a section.',
	split: 'The organisation the source names here left the IMT.',
	predecessor: "Only the IMT's forerunner, the CWI, is recorded here.",
	none: 'The source names no IMT organisation here.'
};
