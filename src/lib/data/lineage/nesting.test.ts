import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { nesting, type Branch } from './nesting';

const outline = (branches: Branch[]): unknown[] =>
	branches.map((b) =>
		b.children.length ? { [b.organisation.id]: outline(b.children) } : b.organisation.id
	);

const all = (branches: Branch[]): Branch[] => branches.flatMap((b) => [b, ...all(b.children)]);

describe('nesting on the real tree', () => {
	const tree = nesting(dataset.lineage);

	it('lists every organisation once and every link once, under its subject', () => {
		const branches = all(tree);
		expect(branches.map((b) => b.organisation.id).sort()).toEqual(
			dataset.lineage.organisations.map((o) => o.id).sort()
		);
		const links = branches.flatMap((b) => b.links.map((l) => [l.from, b.organisation.id]));
		expect(links).toHaveLength(dataset.lineage.links.length);
		for (const [from, under] of links) expect(from).toBe(under);
	});

	it('follows the tendency from Militant down to the IMT and its splits', () => {
		const militant = tree.find((b) => b.organisation.id === 'militant')!;
		const ids = (b: Branch) => b.children.map((c) => c.organisation.id);
		expect(ids(militant)).toEqual(['cwi', 'militant-labour', 'socialist-appeal']);
		const cwi = militant.children[0]!;
		expect(ids(cwi)).toEqual(['cmi']);
		const imt = cwi.children[0]!.children[0]!;
		expect(imt.organisation.id).toBe('imt');
		expect(ids(imt)).toContain('izquierda-revolucionaria');
		expect(ids(imt)).toContain('pakistani-section');
		// Lal Salaam came of the Pakistani section's split, the first link that places it.
		const pakistan = imt.children.find((c) => c.organisation.id === 'pakistani-section')!;
		expect(ids(pakistan)).toEqual(['lal-salaam']);
	});

	it('keeps at the top level what came from no organisation of the tree', () => {
		expect(outline(tree).filter((x) => typeof x === 'string')).toEqual(
			expect.arrayContaining(['el-militante', 'revolutionary-workers-party'])
		);
	});
});
