/**
 * Which words of the dataset are the atlas's own prose, written in every language, and which stay
 * as the source gives them (names of organisations, parties and publications, dates, quotes).
 * A translation file is a flat map from a key (`gb/events/1983-labour-expels-five/text`: the
 * fact's ledger path, then the field) to the text in that language. Keys come from the English
 * dataset, so one function both lists what a language must cover and applies a translation.
 */
import type { Dataset } from './schema';

/** Prose fields of each list of facts; a dotted field sits one object down (`left.note`). */
export const PROSE_FIELDS = {
	bodies: ['gloss', 'note', 'left.joined', 'left.note', 'left.dateNote'],
	periods: ['fromNote', 'note', 'toNote'],
	publications: ['note'],
	tactics: ['summary', 'ended'],
	events: ['text', 'dateNote'],
	ideas: ['text'],
	organisations: ['label', 'gloss', 'fromNote', 'toNote', 'note'],
	links: ['dateNote', 'note']
} as const;

type Node = Record<string, unknown>;
type Slot = { key: string; owner: Node; field: string };

const isNode = (value: unknown): value is Node =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every prose slot of one list of facts, in dataset order. */
function slotsOfList(scope: string, kind: keyof typeof PROSE_FIELDS, list: unknown): Slot[] {
	if (!Array.isArray(list)) return [];
	return list.filter(isNode).flatMap((fact) =>
		PROSE_FIELDS[kind].flatMap((path) => {
			const [head, tail] = path.split('.') as [string, string | undefined];
			const owner = tail ? fact[head] : fact;
			const field = tail ?? head;
			if (!isNode(owner) || typeof owner[field] !== 'string') return [];
			return [{ key: `${scope}/${kind}/${String(fact.id)}/${path}`, owner, field }];
		})
	);
}

function slots(data: Dataset): Slot[] {
	const tendency = data.tendency as unknown as Node;
	const summary = data.tendency.summary as unknown as Node;
	return [
		// What period a source covers, on the sources page.
		...data.sources.map((source) => ({
			key: `sources/${source.id}/describes`,
			owner: source as unknown as Node,
			field: 'describes'
		})),
		...data.tendency.summary.map((_, i) => ({
			key: `tendency/summary/${i}`,
			owner: summary,
			field: String(i)
		})),
		...(['ideas', 'publications', 'events'] as const).flatMap((kind) =>
			slotsOfList('tendency', kind, tendency[kind])
		),
		...data.countries.flatMap((country) => [
			{ key: `${country.iso2}/summary`, owner: country as unknown as Node, field: 'summary' },
			...(['bodies', 'periods', 'publications', 'tactics', 'events'] as const).flatMap((kind) =>
				slotsOfList(country.iso2, kind, (country as unknown as Node)[kind])
			)
		]),
		...(['organisations', 'links'] as const).flatMap((kind) =>
			// The family tree is a detail the browser may not have yet (details-split.ts).
			slotsOfList('lineage', kind, (data.lineage as unknown as Node | undefined)?.[kind])
		)
	];
}

/** The English prose of the dataset under its translation keys: what every language must cover. */
export function proseOf(data: Dataset): Record<string, string> {
	return Object.fromEntries(slots(data).map((s) => [s.key, String(s.owner[s.field])]));
}

/** A copy of the dataset with its prose in another language. Keys it lacks keep the English. */
export function translated(data: Dataset, prose: Readonly<Record<string, string>>): Dataset {
	const copy = structuredClone(data);
	for (const { key, owner, field } of slots(copy)) {
		const text = prose[key];
		if (text !== undefined) owner[field] = text;
	}
	return copy;
}
