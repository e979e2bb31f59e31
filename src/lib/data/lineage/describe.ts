/**
 * One line that says what an organisation or a link of the family tree is, for its accessible
 * name and the nested list beside the diagram: "Izquierda Revolucionaria: split from
 * International Marxist Tendency in January 2010, with members in Spain, Venezuela, Mexico and
 * Colombia". Give it the lineage in the reader's language (`localeDataset().lineage`), so an
 * unnamed organisation's label is translated; names stay as the source gives them. Dates are
 * written with the date phrases of `dates.ts`, which carry each language's preposition: an
 * organisation's years "from early 1992 until 2006" ("dall’inizio del 1992"), a link's moment
 * "in January 2010" ("el 5 de mayo de 2015"). An organisation's line gives its name's gloss as the
 * panel does, where the gloss says more than the name (`shownGloss`): "Lal Salaam (Red Salute)",
 * but Spanish "Izquierda Revolucionaria" alone.
 */
import { m } from '../../paraglide/messages';
import { getLocale, type Locale } from '../../paraglide/runtime';
import { countryName } from '../../i18n/country-names';
import { countryByIso } from '../dataset';
import { formatDate, parseDate, type DateRole } from '../dates';
import { shownGloss } from '../names';
import { periodBounds, type Bound } from '../periods';
import type { Lineage, LineageLink, LineageOrganisation } from '../schema';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The name the source gives, or what it calls an organisation it does not name. */
export const nameOf = (o: Pick<LineageOrganisation, 'name' | 'label' | 'id'>) =>
	o.name ?? o.label ?? o.id;

/** The name as a label on its own: "The Pakistani section". */
export const labelOf = (o: Pick<LineageOrganisation, 'name' | 'label' | 'id'>) =>
	capitalised(nameOf(o));

const dateText = (date: string, locale: Locale, role: DateRole = 'on') =>
	formatDate(parseDate(date)!, locale, role);

// English lists are written the British way, as `dates.ts` writes English dates: no comma
// before "and".
const lists = new Map<Locale, Intl.ListFormat>();

function countryList(codes: readonly string[], locale: Locale): string {
	let list = lists.get(locale);
	if (!list) {
		list = new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' });
		lists.set(locale, list);
	}
	const names = codes.map((iso2) => countryName(iso2, locale, countryByIso(iso2)?.name ?? iso2));
	return list.format(names);
}

const kindOf = (bound: Bound | null, dated: Bound['field']) =>
	bound === null ? 'none' : bound.field === dated ? 'dated' : 'known';

/** The name at the head of an organisation's line, with its gloss where that says more. */
function headName(o: LineageOrganisation): string {
	const gloss = shownGloss(o);
	return gloss ? `${capitalised(nameOf(o))} (${gloss})` : capitalised(nameOf(o));
}

/** "Committee for a Workers' International: from 1974, last mentioned 2016; in …". */
export function describeOrganisation(o: LineageOrganisation, locale: Locale = getLocale()): string {
	const { start, end } = periodBounds(o);
	const span = m.lineage_span(
		{
			start: start ? dateText(start.date, locale, 'from') : '',
			// A last mention is a date on its own ("last mentioned 2016"); a dated end, "until …".
			end: end ? dateText(end.date, locale, end.field === 'to' ? 'until' : 'on') : '',
			startKind: kindOf(start, 'from'),
			endKind: kindOf(end, 'to')
		},
		{ locale }
	);
	const inputs = {
		name: headName(o),
		span,
		countries: countryList(o.countries, locale)
	};
	return m.lineage_organisation(inputs, { locale });
}

/** "Lal Salaam: split from the Pakistani section in 2016, the minority". */
export function describeLink(
	link: LineageLink,
	lineage: Lineage,
	locale: Locale = getLocale()
): string {
	const named = (id: string) => {
		const o = lineage.organisations.find((x) => x.id === id);
		return o ? nameOf(o) : id;
	};
	const inputs = {
		from: capitalised(named(link.from)),
		to: named(link.to),
		when: link.date ? dateText(link.date, locale, 'in') : m.lineage_when_unknown({}, { locale }),
		share: link.share ?? 'none',
		places: link.countries?.length ? 'yes' : 'no',
		countries: countryList(link.countries ?? [], locale)
	};
	const options = { locale };
	switch (link.type) {
		case 'renamed':
			return m.lineage_link_renamed(inputs, options);
		case 'split-from':
			return m.lineage_link_split_from(inputs, options);
		case 'left-for':
			return m.lineage_link_left_for(inputs, options);
		case 'fused-into':
			return m.lineage_link_fused_into(inputs, options);
		case 'stayed-in':
			return m.lineage_link_stayed_in(inputs, options);
		case 'formed':
			return m.lineage_link_formed(inputs, options);
	}
}
