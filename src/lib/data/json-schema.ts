/**
 * The dataset's JSON Schema, generated from the valibot schema so the two cannot disagree.
 * `atlas.json` points at it (`$schema`), so an editor validates and completes the file while the
 * maintainer types; `npm run schema:data` rewrites it and a test checks it is up to date. Checks
 * that need code (a date that parses, a quote that stands in the source) stay in the build's
 * data check: the schema keeps only what JSON Schema can say.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { Dataset } from './schema';

export function atlasJsonSchema(): Record<string, unknown> {
	const schema = toJsonSchema(Dataset, { errorMode: 'ignore', target: 'draft-07' });
	const properties = (schema.properties ?? {}) as Record<string, unknown>;
	return {
		...schema,
		title: 'IMT Atlas dataset',
		description:
			'src/lib/data/atlas.json. Generated from src/lib/data/schema.ts by `npm run schema:data`; do not edit by hand.',
		properties: { $schema: { type: 'string' }, ...properties }
	};
}
