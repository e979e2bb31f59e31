/**
 * Checks the atlas's data files, the dataset and the ledger of its source, and reports every
 * problem at once, one line each, starting with the file to open. `hooks.server.ts` calls it
 * when the server starts; `npm run check:data` and the build's data check (`data-files.ts`) read
 * the files from disk first, so that a syntax error is reported too rather than thrown by the
 * bundler. It takes the data as arguments and imports neither file for that reason.
 */
import { validateDataset } from '../data/validate';
import { reference } from './reference';
import { sourceLedgerProblems } from './source-ledger';

export const DATA_FILES = {
	atlas: 'src/lib/data/atlas.json',
	ledger: 'src/lib/data/ledger.json',
	/** The facts' prose in each language but English, one `{locale}.json` each. */
	translations: 'src/lib/data/translations'
} as const;

/** Problems with the dataset, each prefixed with its file. */
export function atlasProblems(atlas: unknown): string[] {
	const result = validateDataset(atlas, reference());
	return (result.ok ? [] : result.errors).map((line) => `${DATA_FILES.atlas}: ${line}`);
}

/** Problems with the ledger read against the dataset, each prefixed with its file. */
export function ledgerFileProblems(atlas: unknown, ledger: unknown): string[] {
	return sourceLedgerProblems(atlas, ledger).map((line) => `${DATA_FILES.ledger}: ${line}`);
}

/** Every problem with the two files. */
export function dataProblems(atlas: unknown, ledger: unknown): string[] {
	return [...atlasProblems(atlas), ...ledgerFileProblems(atlas, ledger)];
}

/** The report a maintainer reads: a count, then one problem a line. */
export function reportOf(problems: readonly string[]): string {
	return `The atlas data has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`;
}

/** Throws one error listing every problem, or returns quietly. */
export function assertDatasetValid(atlas: unknown, ledger: unknown): void {
	const problems = dataProblems(atlas, ledger);
	if (problems.length) throw new Error(reportOf(problems));
}
