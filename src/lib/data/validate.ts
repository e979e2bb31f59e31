/**
 * Checks a candidate dataset and names the country and field of every problem, so that a
 * maintainer's bad edit fails the build and the tests with a message that says where to look.
 * Pure: what it checks against (ISO codes, atlas shapes, source text) comes in as arguments.
 */
import * as v from 'valibot';
import { periodProblems } from './period-checks';
import { Dataset, type Dataset as DatasetType } from './schema';

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

/** `countries[3].events[1].date` becomes `country "br" (Brazil): events[1].date`. */
function describePath(raw: unknown, path: readonly PathItem[] | undefined): string {
	const keys = (path ?? []).map((item) => item.key);
	const countries = (raw as { countries?: unknown[] } | null)?.countries;
	let prefix = '';
	if (keys[0] === 'countries' && typeof keys[1] === 'number' && Array.isArray(countries)) {
		const entry = countries[keys[1]] as { iso2?: unknown; name?: unknown } | undefined;
		const iso = typeof entry?.iso2 === 'string' ? entry.iso2 : `#${keys[1] + 1}`;
		const name = typeof entry?.name === 'string' ? ` (${entry.name})` : '';
		prefix = `country "${iso}"${name}: `;
		keys.splice(0, 2);
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

export function validateDataset(raw: unknown, ref: Reference): Validation {
	const parsed = v.safeParse(Dataset, raw);
	if (!parsed.success) {
		return {
			ok: false,
			errors: parsed.issues.map((issue) => `${describePath(raw, issue.path)}: ${issue.message}`)
		};
	}
	const data = parsed.output;
	const errors: string[] = [];
	const seen = new Map<string, number>();
	data.countries.forEach((country, i) => {
		const at = (...keys: Array<string | number>) =>
			describePath(raw, [{ key: 'countries' }, { key: i }, ...keys.map((key) => ({ key }))]);
		const first = seen.get(country.iso2);
		if (first !== undefined) {
			errors.push(`${at('iso2')}: duplicated country, also entry ${first + 1} of countries`);
		}
		seen.set(country.iso2, i);
		const numeric = ref.numericCode(country.iso2);
		if (numeric === undefined) {
			errors.push(`${at('iso2')}: "${country.iso2}" is not an ISO 3166-1 alpha-2 country code`);
		} else if (!ref.shapeIds.has(numeric)) {
			errors.push(`${at('iso2')}: no shape in the world atlas for ISO numeric code ${numeric}`);
		}
		for (const { path, message } of periodProblems(country)) {
			errors.push(`${at(...path)}: ${message}`);
		}
	});
	const sourceIds = new Set(data.sources.map((s) => s.id));
	for (const [cite, path] of citations(raw)) {
		const { source, para, quote } = cite as { source: string; para: number; quote: string };
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
	return errors.length ? { ok: false, errors } : { ok: true, data };
}

/** Splits a source text into paragraphs the way citations count them: non-empty lines. */
export function paragraphsOf(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
}
