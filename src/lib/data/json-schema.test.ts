import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import atlas from './atlas.json';
import { atlasJsonSchema } from './json-schema';

const committed = JSON.parse(readFileSync('src/lib/data/atlas.schema.json', 'utf8'));

describe('the JSON Schema of atlas.json', () => {
	it('is the one the valibot schema generates (run `npm run schema:data` after changing it)', () => {
		expect(committed).toEqual(atlasJsonSchema());
	});

	it('is the schema atlas.json points at, so editors find it', () => {
		expect(atlas.$schema).toBe('./atlas.schema.json');
	});

	it.each([
		{
			name: 'the fact ids',
			path: ['countries', 'items', 'properties', 'events', 'items', 'required'],
			has: 'id'
		},
		{
			name: 'the organisation roles',
			path: ['countries', 'items', 'properties', 'bodies', 'items', 'properties', 'role', 'enum'],
			has: 'section'
		},
		{
			name: 'the kinds of link in the family tree',
			path: ['lineage', 'properties', 'links', 'items', 'properties', 'type', 'enum'],
			has: 'split-from'
		}
	])('tells the editor about $name', ({ path, has }) => {
		const found = path.reduce<unknown>(
			(node, key) =>
				(node as Record<string, unknown>)[key] ??
				(node as Record<string, Record<string, unknown>>).properties?.[key],
			committed
		);
		expect(found).toContain(has);
	});
});
