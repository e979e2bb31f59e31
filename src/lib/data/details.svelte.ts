/**
 * Whether the dataset's details are there (`details-split.ts`), and loading them: the one owner of
 * both. The server has the whole dataset from the start. In the browser the details are a file of
 * their own: pages that render them load it before they hydrate (`hooks.client.ts`), the home
 * page while the browser is idle after it has hydrated, and what shows them there (a country's
 * panel, opened before the file arrived) waits for `ready`. One object for the app, as the
 * dataset it completes is one.
 */
import { complete } from 'virtual:atlas-core';
import detailsUrl from 'virtual:atlas-details';
import { dataset } from './dataset';
import { mergeDetails } from './details-split';
import { shareStrings } from './share-strings';

class Details {
	/** Whether `dataset` holds its details. */
	ready = $state(complete);
	#loading: Promise<void> | undefined;

	/** Loads the details once and merges them into `dataset`; a failed load can be tried again. */
	load(): Promise<void> {
		if (this.ready || detailsUrl === null) return Promise.resolve();
		// Fetched as data, not imported as a module: a module's text stays in the heap.
		this.#loading ??= fetchJson(detailsUrl).then(
			(details) => {
				mergeDetails(dataset, shareStrings(details));
				this.ready = true;
			},
			(error: unknown) => {
				this.#loading = undefined;
				throw error;
			}
		);
		return this.#loading;
	}
}

async function fetchJson(url: string): Promise<unknown> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return response.json();
}

export const details = new Details();

/** Resolves once the dataset holds its details (at once on the server). */
export const loadDetails = (): Promise<void> => details.load();
