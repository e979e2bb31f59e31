/**
 * The ledger of the atlas's one source, read against the dataset: its sentences, which facts
 * cite each, and what is wrong with `src/lib/data/ledger.json`. Used by the build's data check,
 * by `npm run ledger` and by the sources page.
 */
import * as v from 'valibot';
import { citedFacts } from '../data/facts';
import { buildLedger, citedSentences, LedgerFile, type Ledger } from '../data/ledger';
import { ledgerProblems } from '../data/ledger-checks';
import { sentencesOf, type Sentence } from '../data/source/sentences';
import { paragraphsOf } from '../data/validate';
import { SOURCE_TEXTS } from './reference';

export const LEDGER_SOURCE = 'wp-imt';

const paragraphs = paragraphsOf(SOURCE_TEXTS[LEDGER_SOURCE]!);
export const sentences: readonly Sentence[] = sentencesOf(paragraphs);

/** Sentence ids each fact of `atlas` cites, by fact path. */
export function citedBy(atlas: unknown): Map<string, string[]> {
	const facts = citedFacts(atlas).map((f) => ({
		...f,
		cite: f.cite.filter((c) => c?.source === LEDGER_SOURCE)
	}));
	return citedSentences(facts, sentences, paragraphs);
}

/** Problems with the ledger, one line each; its shape first, then its contents. */
export function sourceLedgerProblems(atlas: unknown, ledger: unknown): string[] {
	const parsed = v.safeParse(LedgerFile, ledger);
	if (!parsed.success) {
		return parsed.issues.map((issue) => {
			const keys = (issue.path ?? []).map((item) => item.key);
			const field = keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`));
			return `${field.join('').replace(/^\./, '') || '(ledger)'}: ${issue.message}`;
		});
	}
	if (parsed.output.source !== LEDGER_SOURCE) {
		return [
			`source: "${parsed.output.source}" is not the source the atlas cites ("${LEDGER_SOURCE}")`
		];
	}
	return ledgerProblems(parsed.output, sentences, citedBy(atlas));
}

/** The ledger as the dataset's citations make it, keeping the reasons already written. */
export function syncedLedger(atlas: unknown, previous: unknown): Ledger {
	const old = v.safeParse(LedgerFile, previous);
	return buildLedger(
		LEDGER_SOURCE,
		sentences,
		citedBy(atlas),
		old.success ? old.output : undefined
	);
}
