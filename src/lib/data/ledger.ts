/**
 * The source ledger: every sentence of the source, either with the facts that carry it or with
 * the reason it is left out. Its facts lists are the citations read the other way round, so the
 * maintainer can regenerate them (`npm run ledger`); the reasons are written by hand. Pure:
 * sentences, facts and paragraphs come in as arguments.
 */
import * as v from 'valibot';
import type { CitedFact } from './facts';
import { sentencesUnder, type Sentence } from './source/sentences';

export interface LedgerEntry {
	/** `paragraph.sentence`, as `source/sentences.ts` numbers them. */
	id: string;
	/** The sentence as the source has it, so an edit of the source shows here. */
	text: string;
	/** Paths (`gb/events/…`) of the facts that cite this sentence. */
	facts?: string[];
	/** Why no fact carries this sentence. */
	omit?: string;
}

export interface Ledger {
	source: string;
	sentences: LedgerEntry[];
}

/** Sentence ids each fact cites, by fact path; quotes not found are left to `validate.ts`. */
export function citedSentences(
	facts: readonly CitedFact[],
	sentences: readonly Sentence[],
	paragraphs: readonly string[]
): Map<string, string[]> {
	const cited = new Map<string, string[]>();
	for (const fact of facts) {
		const ids = new Set<string>();
		for (const { para, quote } of fact.cite) {
			const at = paragraphs[para - 1]?.indexOf(quote) ?? -1;
			if (at < 0) continue;
			for (const s of sentencesUnder(sentences, para, at, quote.length)) ids.add(s.id);
		}
		cited.set(fact.path, [...ids]);
	}
	return cited;
}

/** The ledger the citations imply, keeping the reasons of `previous` for sentences no fact cites. */
export function buildLedger(
	source: string,
	sentences: readonly Sentence[],
	cited: ReadonlyMap<string, readonly string[]>,
	previous?: Ledger
): Ledger {
	const reasons = new Map(previous?.sentences.map((e) => [e.id, e.omit]));
	return {
		source,
		sentences: sentences.map(({ id, text }) => {
			const facts = [...cited].filter(([, ids]) => ids.includes(id)).map(([path]) => path);
			if (facts.length) return { id, text, facts };
			const omit = reasons.get(id);
			return omit ? { id, text, omit } : { id, text };
		})
	};
}

/** The ledger file's shape, checked before its contents are. */
export const LedgerFile = v.object({
	source: v.string(),
	sentences: v.array(
		v.object({
			id: v.pipe(v.string(), v.regex(/^\d+\.\d+$/, 'must be paragraph.sentence, like "5.3"')),
			text: v.string(),
			facts: v.optional(v.array(v.string())),
			omit: v.optional(v.string())
		})
	)
});
