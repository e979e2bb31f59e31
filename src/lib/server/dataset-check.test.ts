import { describe, expect, it } from 'vitest';
import atlas from '$lib/data/atlas.json';
import ledger from '$lib/data/ledger.json';
import { assertDatasetValid, dataProblems } from './dataset-check';

type Raw = typeof atlas;

function broken(
	edit: (country: (iso2: string) => Raw['countries'][number], data: Raw) => void
): Raw {
	const data = structuredClone(atlas);
	edit((iso2) => data.countries.find((c) => c.iso2 === iso2)!, data);
	return data;
}

function messageOf(run: () => void): string {
	try {
		run();
	} catch (error) {
		if (error instanceof Error) return error.message;
		throw error;
	}
	throw new Error('expected an error, none was thrown');
}

describe('assertDatasetValid', () => {
	it('returns quietly for the real dataset and ledger', () => {
		expect(() => assertDatasetValid(atlas, ledger)).not.toThrow();
	});

	it.each([
		{
			name: 'structural problems',
			input: broken((country) => {
				country('br').events[0]!.date = '2015-02-30';
				delete (country('pe') as { name?: string }).name;
			}),
			expected: [
				/^ {2}- src\/lib\/data\/atlas\.json: country "br" \(Brazil\): events\[0\]\.date: "2015-02-30" is not a date/,
				/^ {2}- src\/lib\/data\/atlas\.json: country "pe": name: /
			]
		},
		{
			name: 'problems found against the reference data',
			input: broken((country) => {
				country('br').iso2 = 'zz';
				country('pe').bodies[0]!.cite[0]!.quote = 'words the source does not contain';
			}),
			expected: [
				/: country "zz" \(Brazil\): iso2: "zz" is not an ISO 3166-1 alpha-2 country code$/,
				/: country "pe" \(Peru\): bodies\[0\]\.cite\[0\]\.quote: not found word for word/,
				// The ledger still lists Brazil's facts under their old code.
				...new Set(
					ledger.sentences.flatMap((s) =>
						(s.facts ?? []).some((f) => f.startsWith('br/'))
							? [/ledger\.json: sentence .*"br\//]
							: []
					)
				)
			]
		}
	])('throws one error listing all its $name, one per line', ({ input, expected }) => {
		const [heading, ...problems] = messageOf(() => assertDatasetValid(input, ledger)).split('\n');
		expect(heading).toMatch(/^The atlas data has \d+ problem\(s\):$/);
		for (const pattern of expected) expect(problems).toContainEqual(expect.stringMatching(pattern));
	});
});

describe('dataProblems', () => {
	it('reports a duplicated country and a bad date in one pass', () => {
		const data = broken((country, d) => {
			d.countries.push(structuredClone(country('br')));
			country('fr').events[0]!.date = 'spring 2008';
		});
		const problems = dataProblems(data, ledger).filter((p) => p.includes('atlas.json'));
		expect(problems).toEqual([
			expect.stringMatching(
				/country "fr" \(France\): events\[0\]\.date: "spring 2008" is not a date/
			),
			expect.stringMatching(
				/country "br" \(Brazil\): iso2: duplicated country, also entry \d+ of countries$/
			)
		]);
	});

	it('reports two facts with one id in one list', () => {
		const data = broken((country) => {
			const events = country('mx').events;
			events[1]!.id = events[0]!.id;
		});
		expect(dataProblems(data, ledger)).toContainEqual(
			expect.stringMatching(
				/atlas\.json: country "mx" \(Mexico\): events\[1\]\.id: id ".*" is also the id of events\[0\]$/
			)
		);
	});
});
