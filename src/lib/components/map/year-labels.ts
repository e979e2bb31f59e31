/**
 * What the map says of a country at a year, so that its words agree with its colours: the
 * tooltip's status line and each country link's accessible name. The prerendered names describe
 * today; a year replaces them and today puts them back.
 */
import type { YearStatus } from '$lib/data/periods';
import { STATUS_LABEL } from '$lib/data/status';
import { knownFromText } from '$lib/data/year-statuses';

// "Section" reads "section" mid-sentence, but "CWI era only" keeps its capitals.
const midSentence = (label: string) =>
	/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

/** "Section in 2016 · known from 2015", "No known presence in 1974". */
export function statusLine(at: YearStatus, year: number): string {
	const known = knownFromText(at);
	return `${STATUS_LABEL[at.status]} in ${year}${known ? ` · ${known}` : ''}`;
}

/** "Brazil in 2016: section, known from 2015". */
export function linkLabel(name: string, at: YearStatus, year: number): string {
	const known = knownFromText(at);
	return `${name} in ${year}: ${midSentence(STATUS_LABEL[at.status])}${known ? `, ${known}` : ''}`;
}

/** Renames every country link of `svg` for `year`; null restores the names the build wrote. */
export function labelLinks(
	svg: Element,
	year: number | null,
	statuses: ReadonlyMap<string, YearStatus> | null
): void {
	for (const link of svg.querySelectorAll<SVGAElement>('a.country[data-iso]')) {
		const built = (link.dataset.labelBuilt ??= link.getAttribute('aria-label') ?? '');
		const at = statuses?.get(link.dataset.iso!);
		const name = built.split(':')[0]!;
		link.setAttribute('aria-label', at && year !== null ? linkLabel(name, at, year) : built);
	}
}
