/**
 * What can be wrong with the source ledger, each problem in one line that names the sentence
 * (and the fact) to look at: a sentence missing, a sentence the source no longer has, a fact
 * that no longer exists, a citation the ledger does not record, a sentence neither carried nor
 * left out with a reason.
 */
import type { Ledger } from './ledger';
import type { Sentence } from './source/sentences';

const clip = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);

export function ledgerProblems(
	ledger: Ledger,
	sentences: readonly Sentence[],
	cited: ReadonlyMap<string, readonly string[]>
): string[] {
	const problems: string[] = [];
	const entries = new Map<string, Ledger['sentences'][number]>();
	for (const entry of ledger.sentences) {
		if (entries.has(entry.id)) problems.push(`sentence ${entry.id}: listed twice`);
		entries.set(entry.id, entry);
	}
	const known = new Set(sentences.map((s) => s.id));
	for (const entry of ledger.sentences) {
		if (!known.has(entry.id)) {
			problems.push(
				`sentence ${entry.id}: the source has no such sentence ("${clip(entry.text)}")`
			);
		}
	}
	for (const sentence of sentences) {
		const at = `sentence ${sentence.id} ("${clip(sentence.text)}")`;
		const entry = entries.get(sentence.id);
		if (!entry) {
			problems.push(`${at}: missing; list the facts that carry it or why it is left out`);
			continue;
		}
		if (entry.text !== sentence.text) problems.push(`${at}: its text differs from the source`);
		const facts = entry.facts ?? [];
		if (facts.length && entry.omit) {
			problems.push(`${at}: both carried by facts and left out; keep one`);
		} else if (!facts.length && !entry.omit?.trim()) {
			problems.push(`${at}: no fact carries it and no reason says why it is left out`);
		}
		for (const path of facts) {
			const ids = cited.get(path);
			if (!ids) problems.push(`${at}: lists "${path}", which is not a fact of the dataset`);
			else if (!ids.includes(sentence.id)) {
				problems.push(`${at}: lists "${path}", which does not cite it`);
			}
		}
	}
	for (const [path, ids] of cited) {
		for (const id of ids) {
			if (!entries.get(id)?.facts?.includes(path)) {
				const text = sentences.find((s) => s.id === id)?.text ?? '';
				problems.push(`sentence ${id} ("${clip(text)}"): cited by "${path}", not listed there`);
			}
		}
	}
	return problems;
}
