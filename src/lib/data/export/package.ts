/**
 * The whole dataset as one JSON file for download: the facts with their citations, the sources
 * they come from, the licence those sources carry over to the data (CC BY-SA 4.0 is share-alike)
 * with the attribution it asks for, and the day the file was built.
 */
import { m } from '../../paraglide/messages';
import type { Dataset } from '../schema';
import { attribution, latestDate } from './citation';

export interface DataPackage {
	title: string;
	/** The day of the build, YYYY-MM-DD. */
	built: string;
	/** The latest dated event in the data, as the dataset writes dates. */
	describesUntil: string;
	licence: { name: string; url: string };
	attribution: string;
	sources: Dataset['sources'];
	tendency: Dataset['tendency'];
	countries: Dataset['countries'];
}

/** `built` is a Date; the file names only its day, in UTC. */
export function dataPackage(dataset: Dataset, built: Date): DataPackage {
	const source = dataset.sources[0]!;
	return {
		title: m.home_title(),
		built: built.toISOString().slice(0, 10),
		describesUntil: latestDate(dataset),
		licence: { name: source.licence, url: source.licenceUrl },
		attribution: attribution(source),
		sources: dataset.sources,
		tendency: dataset.tendency,
		countries: dataset.countries
	};
}

/**
 * When the build happened: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention)
 * when it is set, so a rebuild of the same commit can give the same files; else now.
 */
export function buildTime(epoch: string | undefined, now: () => Date = () => new Date()): Date {
	return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
}
