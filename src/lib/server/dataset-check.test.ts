import { describe, expect, it } from 'vitest';
import atlas from '$lib/data/atlas.json';
import { assertDatasetValid } from './dataset-check';

type Raw = typeof atlas;

function broken(edit: (country: (iso2: string) => Raw['countries'][number]) => void): Raw {
	const data = structuredClone(atlas);
	edit((iso2) => data.countries.find((c) => c.iso2 === iso2)!);
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
	it('returns quietly for the real dataset, by default and when passed explicitly', () => {
		expect(() => assertDatasetValid()).not.toThrow();
		expect(() => assertDatasetValid(structuredClone(atlas))).not.toThrow();
	});

	it.each([
		{
			name: 'structural problems',
			input: broken((country) => {
				country('br').events[0]!.date = '2015-02-30';
				delete (country('pe') as { name?: string }).name;
			}),
			expected: [
				/^ {2}- country "br" \(Brazil\): events\[0\]\.date: "2015-02-30" is not a date/,
				/^ {2}- country "pe": name: /
			]
		},
		{
			name: 'problems found against the reference data',
			input: broken((country) => {
				country('br').iso2 = 'zz';
				country('pe').bodies[0]!.cite[0]!.quote = 'words the source does not contain';
			}),
			expected: [
				/^ {2}- country "zz" \(Brazil\): iso2: "zz" is not an ISO 3166-1 alpha-2 country code$/,
				/^ {2}- country "pe" \(Peru\): bodies\[0\]\.cite\[0\]\.quote: not found word for word/
			]
		}
	])('throws one error listing all its $name, one per line', ({ input, expected }) => {
		const [heading, ...problems] = messageOf(() => assertDatasetValid(input)).split('\n');
		expect(heading).toBe(
			`The atlas dataset (src/lib/data/atlas.json) has ${expected.length} problem(s):`
		);
		expect(problems).toEqual(expected.map((pattern) => expect.stringMatching(pattern)));
	});
});
