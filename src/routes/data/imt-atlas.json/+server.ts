// The whole dataset with its sources, licence and build date, written once at build time.
import { dataset } from '$lib/data/dataset';
import { buildTime, dataPackage } from '$lib/data/export/package';

export const prerender = true;

export function GET(): Response {
	const body = dataPackage(dataset, buildTime(process.env.SOURCE_DATE_EPOCH));
	return new Response(JSON.stringify(body, null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
