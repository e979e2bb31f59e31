/**
 * What the map says of a country at a year, so that its words agree with its colours: the
 * tooltip's status line and each country link's accessible name. The prerendered names describe
 * today; a year replaces them and today puts them back.
 */
import type { YearStatus } from '$lib/data/periods';
import { statusInSentence, statusLabel } from '$lib/data/status';
import { knownFromText } from '$lib/data/year-statuses';

/** "Section in 2016 · known from 2015", "No known presence in 1974". */
export function statusLine(at: YearStatus, year: number): string {
	const known = knownFromText(at);
	return `${statusLabel(at.status, true)} in ${year}${known ? ` · ${known}` : ''}`;
}

/** "Brazil in 2016: section, known from 2015". */
export function linkLabel(name: string, at: YearStatus, year: number): string {
	const known = knownFromText(at);
	return `${name} in ${year}: ${statusInSentence(at.status, true)}${known ? `, ${known}` : ''}`;
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
