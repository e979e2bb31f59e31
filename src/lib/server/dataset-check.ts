/**
 * Validates the dataset against the schema and the reference data. `hooks.server.ts` calls it
 * when the server starts, so `npm run build` (which prerenders every page) and `npm run dev`
 * stop on a bad edit with a message naming the country and field.
 */
import raw from '../data/atlas.json';
import { validateDataset } from '../data/validate';
import { reference } from './reference';

/** Throws one error listing every problem, or returns quietly. */
export function assertDatasetValid(data: unknown = raw): void {
	const result = validateDataset(data, reference());
	if (!result.ok) {
		throw new Error(
			`The atlas dataset (src/lib/data/atlas.json) has ${result.errors.length} problem(s):\n  - ${result.errors.join('\n  - ')}`
		);
	}
}
