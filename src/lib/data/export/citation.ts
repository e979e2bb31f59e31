/**
 * How to cite the atlas and its source, as text to copy and as BibTeX. The source's licence
 * (CC BY-SA 4.0) asks for its title, its authors (Wikipedia's contributors), its address and the
 * licence wherever its facts are reused; the date it describes is its latest dated event, since
 * the text carries no revision date of its own.
 */
import { m } from '../../paraglide/messages';
import { formatDateText, inDateOrder } from '../chronology';
import type { Dataset, Source } from '../schema';

/** The latest dated event of the whole dataset, as the dataset writes it. */
export function latestDate(dataset: Pick<Dataset, 'tendency' | 'countries'>): string {
	const events = [...dataset.tendency.events, ...dataset.countries.flatMap((c) => c.events)];
	const dated = inDateOrder(events.filter((event) => event.date !== null));
	const last = dated.at(-1)?.date;
	if (!last) throw new Error('the dataset has no dated event');
	return last;
}

/** The attribution the licence asks for, in the current language. */
export const attribution = (source: Source): string =>
	m.cite_attribution({
		title: source.title,
		url: source.url,
		licence: source.licence,
		licenceUrl: source.licenceUrl
	});

/** The atlas, with its address when it is known (in the browser; never while prerendering). */
export const atlasCitation = (atlasUrl: string | null): string =>
	atlasUrl ? m.cite_atlas_at({ url: atlasUrl }) : m.cite_atlas();

/** The source: title, publisher, address, the date it describes and its licence. */
export const sourceCitation = (source: Source, latest: string): string =>
	m.cite_source({
		title: source.title,
		publisher: source.publisher,
		url: source.url,
		date: formatDateText(latest),
		licence: source.licence
	});

/** A BibTeX field's value in braces; braces and backslashes in the text are escaped. */
const field = (value: string) => `{${value.replace(/[\\{}]/g, (c) => `\\${c}`)}}`;

function entry(key: string, fields: Record<string, string | null>): string {
	const lines = Object.entries(fields).flatMap(([name, value]) =>
		value === null ? [] : [`  ${name} = ${field(value)}`]
	);
	return `@misc{${key},\n${lines.join(',\n')}\n}`;
}

/** The atlas and its source as two BibTeX entries; the note says what the source describes. */
export function bibtex(source: Source, latest: string, atlasUrl: string | null): string {
	const year = latest.match(/\d{4}/)![0];
	return [
		entry('imtatlas', {
			title: m.home_title(),
			howpublished: atlasUrl,
			note: m.cite_bibtex_note({
				title: source.title,
				publisher: source.publisher,
				licence: source.licence
			})
		}),
		entry('wikipedia-imt', {
			author: m.cite_bibtex_author(),
			title: source.title,
			howpublished: source.url,
			note: m.cite_bibtex_source_note({
				publisher: source.publisher,
				licence: source.licence,
				licenceUrl: source.licenceUrl,
				date: latest
			}),
			year
		})
	].join('\n\n');
}
