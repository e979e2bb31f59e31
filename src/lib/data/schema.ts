/**
 * The shape of the atlas dataset. Valibot checks structure; `validate.ts` adds the checks that
 * need outside knowledge (ISO codes, atlas shapes, the source text) or a whole country (how its
 * status periods follow one another) and names the country and field of every problem.
 */
import * as v from 'valibot';
import { parseDate } from './dates';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** An ISO 3166-1 alpha-2 country code, as the dataset writes it. */
const Iso2 = v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be two lower-case letters'));

/** A date as precise as the source gives it (see `dates.ts`). */
export const DateText = v.pipe(
	v.string(),
	v.check(
		(value) => parseDate(value) !== null,
		(issue) =>
			`"${issue.input}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, optionally after "early", "late" or "end", or a day range YYYY-MM-DD/YYYY-MM-DD`
	)
);

/** Where in the source a fact comes from: a paragraph number and words that stand there. */
export const Citation = v.object({
	source: text,
	para: v.pipe(v.number(), v.integer(), v.minValue(1)),
	quote: text
});

/**
 * A fact's name within its country (or the tendency) and kind, so the source ledger can point at
 * it: `gb/events/1983-editorial-board-expelled`. Kebab-case, unique within its list.
 */
const FactId = v.pipe(
	v.string(),
	v.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'must be kebab-case: lower-case letters, digits and hyphens'
	)
);

const cited = v.pipe(v.array(Citation), v.minLength(1, 'has no source: cite at least one passage'));

export const Event = v.object({
	id: FactId,
	/** null when the source gives no date; `dateNote` then says what it does give. */
	date: v.nullable(DateText),
	dateNote: v.optional(text),
	text,
	cite: cited
});

export const PartyKind = v.picklist(['labour', 'communist', 'broad-left', 'populist']);

export const Tactic = v.object({
	id: FactId,
	type: v.picklist(['entryism', 'inside-party', 'campaign', 'alliance', 'independent']),
	party: v.optional(
		v.object({
			/** null: the source does not name the party. */
			name: v.nullable(text),
			/** null: the source does not say what kind of party it is. */
			kind: v.nullable(PartyKind)
		})
	),
	from: v.nullable(DateText),
	to: v.nullable(DateText),
	/** How it ended, when the source says. */
	ended: v.optional(text),
	summary: text,
	cite: cited
});

export const Role = v.picklist(['section', 'group', 'predecessor']);

export const Body = v.object({
	id: FactId,
	/** null: the source mentions the organisation but does not name it. */
	name: v.nullable(text),
	/** English gloss given by the source beside a native name. */
	gloss: v.optional(text),
	formerNames: v.optional(v.array(text)),
	otherNames: v.optional(v.array(text)),
	role: Role,
	from: v.nullable(DateText),
	/** It left the IMT (or its predecessor): when, for what, and what the source says. */
	left: v.optional(
		v.object({
			date: v.nullable(DateText),
			dateNote: v.optional(text),
			joined: v.nullable(text),
			note: text
		})
	),
	note: text,
	cite: cited
});

/** A dated mention that bounds a presence whose start or end the source does not date. */
export const Mention = v.object({ date: DateText, cite: cited });

export const PeriodStatus = v.picklist(['section', 'group', 'split', 'predecessor']);

/**
 * A span of time in which a country had one status, for the timeline (`periods.ts` reads it at a
 * year, `period-checks.ts` checks them). A country's periods are in date order and do not
 * overlap, and the last one has the status its organisations give (`statusOf`), so the timeline
 * ends where the rest of the atlas stands.
 */
export const Period = v.object({
	id: FactId,
	status: PeriodStatus,
	/** null: the source gives no start date; `fromNote` then says what it does give. */
	from: v.nullable(DateText),
	fromNote: v.optional(text),
	/**
	 * With `from` null: the source's first dated mention of this presence, from which the
	 * timeline shows it, marked "known from". Without either, the presence is undated.
	 */
	knownFrom: v.optional(Mention),
	/** null: no end, or none the source gives (then `knownUntil`). */
	to: v.nullable(DateText),
	toNote: v.optional(text),
	/** With `to` null: the source's last dated mention of a presence it does not follow further. */
	knownUntil: v.optional(Mention),
	note: text,
	cite: cited
});

export const Publication = v.object({
	id: FactId,
	name: text,
	/** null: the source does not say what kind of publication it is. */
	kind: v.nullable(v.picklist(['newspaper', 'journal', 'magazine', 'website', 'publisher'])),
	note: text,
	cite: cited
});

export const Country = v.object({
	iso2: Iso2,
	name: text,
	summary: text,
	bodies: v.pipe(v.array(Body), v.minLength(1, 'needs at least one organisation')),
	periods: v.pipe(v.array(Period), v.minLength(1, 'needs at least one status period')),
	publications: v.array(Publication),
	tactics: v.array(Tactic),
	events: v.array(Event)
});

export const Source = v.object({
	id: text,
	title: text,
	publisher: text,
	url: v.pipe(v.string(), v.url()),
	licence: text,
	licenceUrl: v.pipe(v.string(), v.url()),
	describes: text,
	parts: v.array(v.object({ paras: v.tuple([v.number(), v.number()]), label: text }))
});

/**
 * An organisation of the tendency's family tree (`lineage/` reads and checks it). Its dates work
 * as a status period's do (`Period`): a start or end the source does not date is null, with a
 * note saying what it gives, and a first or last dated mention (`knownFrom`, `knownUntil`) where
 * there is one. Unlike a period, an open end always says why (`toNote`), since the source rarely
 * says an organisation still stands.
 */
export const LineageOrganisation = v.object({
	id: FactId,
	/** Exactly as the source gives it; null when the source describes it without a name. */
	name: v.nullable(text),
	/**
	 * For an unnamed organisation, what the source calls it, as it stands within a sentence
	 * ("the Pakistani section"); a line that starts with it capitalises it.
	 */
	label: v.optional(text),
	/** English gloss given by the source beside a native name. */
	gloss: v.optional(text),
	/** ISO 3166-1 alpha-2 codes of the countries the source places it in, each a dataset country. */
	countries: v.pipe(v.array(Iso2), v.minLength(1, 'needs at least one country')),
	from: v.nullable(DateText),
	fromNote: v.optional(text),
	knownFrom: v.optional(Mention),
	to: v.nullable(DateText),
	toNote: v.optional(text),
	knownUntil: v.optional(Mention),
	note: text,
	cite: cited
});

/**
 * How one organisation of the tree came from or went to another, read `from` → `to`:
 * `from` was renamed `to`; split from `to`; left its international for `to`; voted to fuse with
 * `to`; stayed in `to` when the rest of its organisation left; formed `to` (with others).
 */
export const LinkType = v.picklist([
	'renamed',
	'split-from',
	'left-for',
	'fused-into',
	'stayed-in',
	'formed'
]);

export const LineageLink = v.object({
	id: FactId,
	type: LinkType,
	/** Organisation ids. */
	from: FactId,
	to: FactId,
	/** null when the source gives no date; `dateNote` then says what it does give. */
	date: v.nullable(DateText),
	dateNote: v.optional(text),
	/** Which part of its organisation made the move, where the source says. */
	share: v.optional(v.picklist(['majority', 'minority'])),
	/** Countries whose members went with the move, where the source names them. */
	countries: v.optional(v.array(Iso2)),
	note: text,
	cite: cited
});

export const Lineage = v.object({
	organisations: v.pipe(v.array(LineageOrganisation), v.minLength(1)),
	links: v.array(LineageLink)
});

export const Dataset = v.object({
	sources: v.pipe(v.array(Source), v.minLength(1)),
	tendency: v.object({
		name: text,
		summary: v.array(text),
		ideas: v.array(v.object({ id: FactId, text, cite: cited })),
		publications: v.array(Publication),
		events: v.array(Event)
	}),
	countries: v.array(Country),
	lineage: Lineage
});

export type Citation = v.InferOutput<typeof Citation>;
export type AtlasEvent = v.InferOutput<typeof Event>;
export type Tactic = v.InferOutput<typeof Tactic>;
export type PartyKind = v.InferOutput<typeof PartyKind>;
export type Body = v.InferOutput<typeof Body>;
export type Role = v.InferOutput<typeof Role>;
export type Mention = v.InferOutput<typeof Mention>;
export type PeriodStatus = v.InferOutput<typeof PeriodStatus>;
export type Period = v.InferOutput<typeof Period>;
export type Publication = v.InferOutput<typeof Publication>;
export type Country = v.InferOutput<typeof Country>;
export type Source = v.InferOutput<typeof Source>;
export type LineageOrganisation = v.InferOutput<typeof LineageOrganisation>;
export type LinkType = v.InferOutput<typeof LinkType>;
export type LineageLink = v.InferOutput<typeof LineageLink>;
export type Lineage = v.InferOutput<typeof Lineage>;
export type Dataset = v.InferOutput<typeof Dataset>;
