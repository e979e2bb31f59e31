/**
 * How organisations are named in the interface. The source does not always name an
 * organisation; then the atlas says so instead of guessing.
 */
import { formatDateText } from './chronology';
import type { Body, Country } from './schema';

export const NOT_NAMED = 'not named in the source';
/** Where a line would otherwise open on NOT_NAMED. */
export const UNNAMED_ORGANISATION = `Organisation ${NOT_NAMED}`;

/** A publication's kind, or that the source does not give it. */
export function publicationKind(kind: string | null): string {
	return kind ?? 'kind not given in the source';
}

/** The organisations that speak for the country now: those still in the tendency, else the rest. */
export function currentBodies(country: Country): Body[] {
	const members = country.bodies.filter((b) => b.role !== 'predecessor');
	const staying = members.filter((b) => !b.left);
	if (staying.length) return staying;
	return members.length ? members : country.bodies;
}

/** "Esquerda Marxista (Marxist Left)", or NOT_NAMED. */
export function bodyName(body: Body): string {
	if (!body.name) return NOT_NAMED;
	return body.gloss ? `${body.name} (${body.gloss})` : body.name;
}

/** One line for a tooltip or list: the names of the current organisations that have one. */
export function organisationLabel(country: Country): string {
	const bodies = currentBodies(country);
	const named = bodies.filter((b) => b.name);
	return named.length ? named.map(bodyName).join(' / ') : NOT_NAMED;
}

const ROLE: Record<Body['role'], string> = {
	section: 'IMT section',
	group: 'IMT group',
	predecessor: 'Predecessor (Militant / CWI)'
};

/** "IMT section, from January 2010" or "IMT section · left January 2010 for Izquierda …". */
export function roleLine(body: Body): string {
	let line = ROLE[body.role];
	if (body.from) line += `, from ${formatDateText(body.from)}`;
	if (body.left) {
		line += ` · left ${body.left.date ? formatDateText(body.left.date) : '(date not given)'}`;
		if (body.left.joined) line += ` for ${body.left.joined}`;
	}
	return line;
}
