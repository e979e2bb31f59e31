/**
 * Reads the data files from disk for the quick data check and the build, so that a JSON syntax
 * error is reported as `file:line:column: what is wrong` rather than as the bundler's stack.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atlasProblems, DATA_FILES, ledgerFileProblems } from './dataset-check';
import { translationProblems } from '../data/translation-checks';
import type { Dataset } from '../data/schema';

type Parsed = { ok: true; value: unknown } | { ok: false; problem: string };

/** Line and column (from 1) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Parses JSON, or names the line and column where it stops making sense. */
export function parseJson(file: string, text: string): Parsed {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const offset = /at position (\d+)/.exec(message)?.[1];
		const at = offset === undefined ? lineColumn(text, text.length) : lineColumn(text, +offset);
		const what = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '');
		return { ok: false, problem: `${file}:${at.line}:${at.column}: ${what}` };
	}
}

const read = (root: string, file: string) =>
	parseJson(file, readFileSync(join(root, file), 'utf8'));

/**
 * Every problem with the data files under `root`: a file that does not parse is reported by line
 * and column, and whatever does parse is checked all the same.
 */
export function checkDataFiles(root: string = process.cwd()): string[] {
	const atlas = read(root, DATA_FILES.atlas);
	const ledger = read(root, DATA_FILES.ledger);
	const atlasFound = atlas.ok ? atlasProblems(atlas.value) : [atlas.problem];
	return [
		...atlasFound,
		...(ledger.ok ? [] : [ledger.problem]),
		...(atlas.ok && ledger.ok ? ledgerFileProblems(atlas.value, ledger.value) : []),
		// Translations are read against a dataset that is itself sound.
		...(atlas.ok && !atlasFound.length ? translationFileProblems(root, atlas.value as Dataset) : [])
	];
}

/** Every problem with the translations of the facts, each prefixed with its file. */
export function translationFileProblems(root: string, atlas: Dataset): string[] {
	const dir = join(root, DATA_FILES.translations);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.flatMap((name) => {
			const file = `${DATA_FILES.translations}/${name}`;
			const parsed = read(root, file);
			if (!parsed.ok) return [parsed.problem];
			const locale = name.replace(/\.json$/, '');
			return translationProblems(atlas, locale, parsed.value).map((line) => `${file}: ${line}`);
		});
}
