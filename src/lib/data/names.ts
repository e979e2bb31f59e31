/**
 * How organisations are named in the interface. The source does not always name an
 * organisation; then the atlas says so instead of guessing.
 */
import { m } from '../paraglide/messages';
import { formatDateText } from './chronology';
import { parseDate } from './dates';
import type { Body, Country } from './schema';

/** What stands for a name the source does not give (in the reader's language, so a function). */
export const notNamed = (): string => m.names_not_named();
/** Where a line would otherwise open on `notNamed()`. */
export const unnamedOrganisation = (): string => m.names_unnamed_organisation();

/** A publication's kind, or that the source does not give it. */
export function publicationKind(kind: string | null): string {
	return kind ?? m.names_kind_not_given();
}

/** The organisations that speak for the country now: those still in the tendency, else the rest. */
export function currentBodies(country: Country): Body[] {
	const members = country.bodies.filter((b) => b.role !== 'predecessor');
	const staying = members.filter((b) => !b.left);
	if (staying.length) return staying;
	return members.length ? members : country.bodies;
}

/**
 * The gloss worth printing beside a name: none where the translation of the gloss is the name
 * itself (Portuguese "Esquerda Marxista" for Esquerda Marxista), which would read as a stutter.
 */
export function shownGloss(body: Pick<Body, 'name' | 'gloss'>): string | undefined {
	const same = (a: string, b: string) =>
		a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
	return body.gloss && !(body.name && same(body.name, body.gloss)) ? body.gloss : undefined;
}

/** "Esquerda Marxista (Marxist Left)", or `notNamed()`. */
export function bodyName(body: Body): string {
	if (!body.name) return notNamed();
	const gloss = shownGloss(body);
	return gloss ? `${body.name} (${gloss})` : body.name;
}

const yearOf = (text: string | null | undefined) => (text ? parseDate(text)?.year : undefined);

/** Whether the body stood in `year`: set up by then (or undated), and not yet gone. */
function stoodIn(body: Body, year: number): boolean {
	const from = yearOf(body.from);
	const left = yearOf(body.left?.date);
	if (body.left && left === undefined) return false;
	return (from === undefined || from <= year) && (left === undefined || left > year);
}

/**
 * The panel's order: the organisations of the year the map shows first (today: those that did
 * not leave), then the rest, each group in the dataset's order.
 */
export function bodiesInOrder(bodies: readonly Body[], year: number | null = null): Body[] {
	const first = (b: Body) => (year === null ? !b.left : stoodIn(b, year));
	return [...bodies.filter(first), ...bodies.filter((b) => !first(b))];
}

/** One line for a tooltip or list: the names of the current organisations that have one. */
export function organisationLabel(country: Country): string {
	const bodies = currentBodies(country);
	const named = bodies.filter((b) => b.name);
	return named.length ? named.map(bodyName).join(' / ') : notNamed();
}

const ROLE: Record<Body['role'], () => string> = {
	section: m.names_role_section,
	group: m.names_role_group,
	predecessor: m.names_role_predecessor
};

/** "IMT section, from January 2010" or "IMT section · left January 2010 for Izquierda …". */
export function roleLine(body: Body): string {
	const role = ROLE[body.role]();
	const line = body.from
		? m.names_role_from({ role, date: formatDateText(body.from, 'from') })
		: role;
	if (!body.left) return line;
	const date = body.left.date ? formatDateText(body.left.date) : m.names_date_not_given();
	return body.left.joined
		? m.names_role_left_for({ role: line, date, joined: body.left.joined })
		: m.names_role_left({ role: line, date });
}
