import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { countriesOf, pathOf } from './countries';

const lineage = dataset.lineage;

describe('countriesOf', () => {
	it.each([
		{ id: 'izquierda-revolucionaria', expected: ['es', 've', 'mx', 'co'] },
		{ id: 'cwi', expected: ['gb', 'se', 'ie', 'es'] },
		{ id: 'marxist-revival', expected: ['ir', 'gb'] },
		{ id: 'no-such-body', expected: undefined }
	])('gives where $id was', ({ id, expected }) => {
		expect(countriesOf(lineage, id)).toEqual(expected);
	});

	it('places the IMT in every country of the atlas but Ireland, which only the CWI reached', () => {
		const atlas = dataset.countries.map((c) => c.iso2).filter((iso2) => iso2 !== 'ie');
		expect([...countriesOf(lineage, 'imt')!].sort()).toEqual(atlas.sort());
	});
});

describe('pathOf', () => {
	it.each([
		{
			iso2: 'es',
			expected: [
				'cwi',
				'cmi',
				'imt',
				'el-militante',
				'izquierda-revolucionaria',
				'new-spanish-section'
			]
		},
		{ iso2: 'FR', expected: ['imt', 'la-riposte', 'revolution'] },
		{ iso2: 'pk', expected: ['imt', 'pakistani-section', 'lal-salaam'] },
		{ iso2: 'ie', expected: ['cwi'] },
		{ iso2: 'ru', expected: ['imt', 'revolutionary-workers-party', 'russian-section'] },
		{ iso2: 'zz', expected: [] }
	])("follows $iso2's path through the tree", ({ iso2, expected }) => {
		expect(pathOf(lineage, iso2).map((o) => o.id)).toEqual(expected);
	});

	it("puts Britain's organisations each after the one it came from", () => {
		const path = pathOf(lineage, 'gb').map((o) => o.id);
		expect(path.indexOf('militant')).toBeLessThan(path.indexOf('militant-labour'));
		expect(path.indexOf('militant-labour')).toBeLessThan(
			path.indexOf('socialist-party-england-wales')
		);
		expect(path.indexOf('militant')).toBeLessThan(path.indexOf('socialist-appeal'));
	});
});
