import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataFiles, lineColumn, parseJson } from './data-files';

describe('lineColumn', () => {
	it.each([
		{ offset: 0, expected: { line: 1, column: 1 } },
		{ offset: 3, expected: { line: 1, column: 4 } },
		{ offset: 4, expected: { line: 2, column: 1 } },
		{ offset: 9, expected: { line: 3, column: 1 } },
		{ offset: 10, expected: { line: 3, column: 2 } }
	])('places offset $offset', ({ offset, expected }) => {
		expect(lineColumn('abc\ndefg\nhi', offset)).toEqual(expected);
	});
});

describe('parseJson', () => {
	it.each([
		{ name: 'a missing comma', text: '{\n\t"a": 1\n\t"b": 2\n}', at: 'f.json:3:2: ' },
		{ name: 'a trailing comma', text: '{\n\t"a": 1,\n}', at: 'f.json:3:1: ' },
		{ name: 'a cut-off file', text: '{\n\t"a": [1,', at: 'f.json:2:' }
	])('names the line and column of $name, in one line', ({ text, at }) => {
		const parsed = parseJson('f.json', text);
		expect(parsed.ok).toBe(false);
		const problem = parsed.ok ? '' : parsed.problem;
		expect(problem.startsWith(at), problem).toBe(true);
		expect(problem).not.toMatch(/\n|position/);
	});

	it('returns the value of good JSON', () => {
		expect(parseJson('f.json', '{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
	});
});

describe('checkDataFiles', () => {
	let root = '';
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	function copy(
		edit: (files: { atlas: string; ledger: string }) => { atlas: string; ledger: string }
	) {
		root = mkdtempSync(join(tmpdir(), 'atlas-data-'));
		cpSync('src/lib/data', join(root, 'src/lib/data'), { recursive: true });
		const file = (name: string) => join(root, 'src/lib/data', name);
		const edited = edit({
			atlas: readFileSync(file('atlas.json'), 'utf8'),
			ledger: readFileSync(file('ledger.json'), 'utf8')
		});
		writeFileSync(file('atlas.json'), edited.atlas);
		writeFileSync(file('ledger.json'), edited.ledger);
		return root;
	}

	it('finds nothing wrong with the real files', () => {
		expect(checkDataFiles()).toEqual([]);
	});

	it('reports a syntax error by file, line and column, and checks the other file all the same', () => {
		const dir = copy(({ atlas, ledger }) => ({
			// A comma lost after the first citation's "source" field.
			atlas: atlas.replace('"source": "wp-imt",', '"source": "wp-imt"'),
			ledger: ledger.replace('"id": "1.2"', '"id": "1.99"')
		}));
		const line = readFileSync('src/lib/data/atlas.json', 'utf8')
			.split('\n')
			.findIndex((l) => l.includes('"source": "wp-imt",'));
		const problems = checkDataFiles(dir);
		expect(problems[0]).toMatch(new RegExp(`^src/lib/data/atlas\\.json:${line + 2}:\\d+: `));
		expect(problems).toHaveLength(1);
	});

	it('reports a broken ledger by line while still checking the dataset', () => {
		const dir = copy(({ atlas, ledger }) => ({
			atlas: atlas.replace('"iso2": "br"', '"iso2": "zz"'),
			ledger: ledger.replace(/,\s*\]\s*\}\s*$/, '').replace(/\]\s*\}\s*$/, ',]}')
		}));
		expect(checkDataFiles(dir)).toEqual([
			expect.stringMatching(
				/^src\/lib\/data\/atlas\.json: country "zz" \(Brazil\): iso2: "zz" is not an ISO/
			),
			expect.stringMatching(/^src\/lib\/data\/ledger\.json:\d+:\d+: /)
		]);
	});

	it('names the file, language, country and field of a fact a translation forgot', () => {
		const dir = copy((files) => files);
		const file = join(dir, 'src/lib/data/translations/es.json');
		const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
		const key = Object.keys(table).find((k) => k.startsWith('br/events/'))!;
		delete table[key];
		table['gb/summary'] = '';
		writeFileSync(file, JSON.stringify(table));
		expect(checkDataFiles(dir)).toEqual([
			`src/lib/data/translations/es.json: es: ${key}: missing`,
			`src/lib/data/translations/es.json: es: gb/summary: empty`
		]);
	});
});
