/**
 * Checks a candidate dataset and names the country and field of every problem, so that a
 * maintainer's bad edit fails the build and the tests with a message that says where to look.
 * Pure: what it checks against (ISO codes, atlas shapes, source text) comes in as arguments.
 */
import * as v from 'valibot';
import { lineageProblems } from './lineage/checks';
import { periodProblems } from './period-checks';
import { Country, Dataset, Lineage, type Dataset as DatasetType } from './schema';

export interface Reference {
	/** ISO 3166-1 numeric code for an alpha-2 code, or undefined if the code does not exist. */
	numericCode: (iso2: string) => string | undefined;
	/** Numeric ids of the shapes the atlas can draw. */
	shapeIds: ReadonlySet<string>;
	/** Paragraphs of each source text, by source id (paragraph 1 is index 0). */
	paragraphs: Readonly<Record<string, readonly string[]>>;
}

export type Validation = { ok: true; data: DatasetType } | { ok: false; errors: string[] };

type PathItem = { key?: unknown };

/** What the lineage's lists are called in a message: `lineage link "…"`. */
const LINEAGE_ITEM: Record<string, string> = { organisations: 'organisation', links: 'link' };

/**
 * `countries[3].events[1].date` becomes `country "br" (Brazil): events[1].date`, and
 * `lineage.links[2].date` becomes `lineage link "cmi-renamed-imt": date`.
 */
function describePath(raw: unknown, path: readonly PathItem[] | undefined): string {
	const keys = (path ?? []).map((item) => item.key);
	const data = raw as { countries?: unknown[]; lineage?: Record<string, unknown> } | null;
	const countries = data?.countries;
	let prefix = '';
	if (keys[0] === 'countries' && typeof keys[1] === 'number' && Array.isArray(countries)) {
		const entry = countries[keys[1]] as { iso2?: unknown; name?: unknown } | undefined;
		const iso = typeof entry?.iso2 === 'string' ? entry.iso2 : `#${keys[1] + 1}`;
		const name = typeof entry?.name === 'string' ? ` (${entry.name})` : '';
		prefix = `country "${iso}"${name}: `;
		keys.splice(0, 2);
	}
	const list = typeof keys[1] === 'string' ? data?.lineage?.[keys[1]] : undefined;
	if (keys[0] === 'lineage' && typeof keys[2] === 'number' && Array.isArray(list)) {
		const entry = list[keys[2]] as { id?: unknown } | undefined;
		const id = typeof entry?.id === 'string' ? `"${entry.id}"` : `#${keys[2] + 1}`;
		prefix = `lineage ${LINEAGE_ITEM[keys[1] as string] ?? keys[1]} ${id}: `;
		keys.splice(0, 3);
	}
	const field = keys
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
		.join('');
	return `${prefix}${field || '(dataset)'}`;
}

/** Yields every citation with its path, wherever it sits in the dataset. */
function* citations(node: unknown, path: PathItem[] = []): Generator<[unknown, PathItem[]]> {
	if (Array.isArray(node)) {
		for (const [i, item] of node.entries()) yield* citations(item, [...path, { key: i }]);
	} else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node)) {
			if (key === 'cite' && Array.isArray(value)) {
				for (const [i, c] of value.entries()) yield [c, [...path, { key }, { key: i }]];
			} else {
				yield* citations(value, [...path, { key }]);
			}
		}
	}
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lists whose facts the ledger names by id, so two facts in one list may not share one. */
const ID_LISTS = [
	'ideas',
	'bodies',
	'periods',
	'publications',
	'tactics',
	'events',
	'organisations',
	'links'
];

/** Every id used twice in one list, wherever the list sits. */
function* duplicateIds(node: unknown, path: PathItem[] = []): Generator<[string, PathItem[]]> {
	if (Array.isArray(node)) {
		for (const [i, item] of node.entries()) yield* duplicateIds(item, [...path, { key: i }]);
	} else if (isRecord(node)) {
		for (const [key, value] of Object.entries(node)) {
			if (ID_LISTS.includes(key) && Array.isArray(value)) {
				const seen = new Map<unknown, number>();
				for (const [i, item] of value.entries()) {
					const id = isRecord(item) ? item.id : undefined;
					const first = seen.get(id);
					if (typeof id === 'string' && first !== undefined) {
						yield [
							`id "${id}" is also the id of ${key}[${first}]`,
							[...path, { key }, { key: i }, { key: 'id' }]
						];
					} else seen.set(id, i);
				}
			}
			yield* duplicateIds(value, [...path, { key }]);
		}
	}
}

/**
 * Every problem at once: the structural ones valibot finds and, on whatever parts of the data
 * are well-formed enough to read, the ones that need the reference data, so a maintainer fixes
 * a whole edit in one pass rather than one layer of mistakes per build.
 */
export function validateDataset(raw: unknown, ref: Reference): Validation {
	const errors: string[] = [];
	const parsed = v.safeParse(Dataset, raw);
	if (!parsed.success) {
		errors.push(
			...parsed.issues.map((issue) => `${describePath(raw, issue.path)}: ${issue.message}`)
		);
	}
	const countries = isRecord(raw) && Array.isArray(raw.countries) ? raw.countries : [];
	const seen = new Map<string, number>();
	/** Whether every country's code is one the lineage can be checked against. */
	let codesSound = true;
	countries.forEach((country: unknown, i) => {
		const at = (...keys: Array<string | number>) =>
			describePath(raw, [{ key: 'countries' }, { key: i }, ...keys.map((key) => ({ key }))]);
		const iso2 = isRecord(country) ? country.iso2 : undefined;
		const before = errors.length;
		if (typeof iso2 === 'string' && /^[a-z]{2}$/.test(iso2)) {
			const first = seen.get(iso2);
			if (first !== undefined) {
				errors.push(`${at('iso2')}: duplicated country, also entry ${first + 1} of countries`);
			}
			seen.set(iso2, i);
			const numeric = ref.numericCode(iso2);
			if (numeric === undefined) {
				errors.push(`${at('iso2')}: "${iso2}" is not an ISO 3166-1 alpha-2 country code`);
			} else if (!ref.shapeIds.has(numeric)) {
				errors.push(`${at('iso2')}: no shape in the world atlas for ISO numeric code ${numeric}`);
			}
		} else codesSound = false;
		if (errors.length > before) codesSound = false;
		const whole = v.safeParse(Country, country);
		if (whole.success) {
			for (const { path, message } of periodProblems(whole.output)) {
				errors.push(`${at(...path)}: ${message}`);
			}
		}
	});
	const lineage = v.safeParse(Lineage, isRecord(raw) ? raw.lineage : undefined);
	if (lineage.success) {
		const known = codesSound ? new Set(seen.keys()) : null;
		for (const { path, message } of lineageProblems(lineage.output, known)) {
			const at = describePath(
				raw,
				['lineage', ...path].map((key) => ({ key }))
			);
			errors.push(`${at}: ${message}`);
		}
	}
	for (const [message, path] of duplicateIds(raw))
		errors.push(`${describePath(raw, path)}: ${message}`);
	const sources = isRecord(raw) && Array.isArray(raw.sources) ? raw.sources : [];
	const sourceIds = new Set(sources.map((s: unknown) => (isRecord(s) ? s.id : undefined)));
	for (const [cite, path] of citations(raw)) {
		if (!isRecord(cite)) continue;
		const { source, para, quote } = cite;
		if (typeof source !== 'string' || typeof quote !== 'string') continue;
		// A paragraph number that is not a whole number from 1 is a structural problem, reported above.
		if (typeof para !== 'number' || !Number.isInteger(para) || para < 1) continue;
		const where = describePath(raw, path);
		const paragraphs = ref.paragraphs[source];
		if (!sourceIds.has(source) || !paragraphs) {
			errors.push(`${where}.source: unknown source "${source}"`);
		} else if (para > paragraphs.length) {
			errors.push(
				`${where}.para: source "${source}" has ${paragraphs.length} paragraphs, not ${para}`
			);
		} else if (!paragraphs[para - 1]?.includes(quote)) {
			errors.push(`${where}.quote: not found word for word in paragraph ${para} of "${source}"`);
		}
	}
	if (errors.length || !parsed.success) return { ok: false, errors };
	return { ok: true, data: parsed.output };
}

/** Splits a source text into paragraphs the way citations count them: non-empty lines. */
export function paragraphsOf(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
}
