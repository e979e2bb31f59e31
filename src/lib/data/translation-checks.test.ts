import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { proseOf } from './translatable';
import { translationProblems } from './translation-checks';

const english = proseOf(dataset);
const KEY = Object.keys(english).find((k) => k.startsWith('br/events/'))!;
const without = (key: string) =>
	Object.fromEntries(Object.entries(english).filter(([k]) => k !== key));

describe('translationProblems', () => {
	it.each([
		{ name: 'a complete translation', table: english, expected: [] },
		{ name: 'a missing fact', table: without(KEY), expected: [`es: ${KEY}: missing`] },
		{ name: 'an empty text', table: { ...english, [KEY]: '  ' }, expected: [`es: ${KEY}: empty`] },
		{
			name: 'a number for a text',
			table: { ...english, [KEY]: 3 },
			expected: [`es: ${KEY}: not a text`]
		},
		{
			name: 'a key the English lacks',
			table: { ...english, 'br/events/no-such-event/text': 'x' },
			expected: ['es: br/events/no-such-event/text: not in the English dataset']
		},
		{
			name: 'the tendency, named as such',
			table: without('tendency/summary/0'),
			expected: ['es: tendency/summary/0: missing']
		},
		{
			name: 'a note of the family tree, named by its link and field',
			table: without('lineage/links/cmi-renamed-imt/note'),
			expected: ['es: lineage/links/cmi-renamed-imt/note: missing']
		},
		{
			name: 'an organisation of the family tree, named by its id and field',
			table: { ...english, 'lineage/organisations/iranian-section/label': '' },
			expected: ['es: lineage/organisations/iranian-section/label: empty']
		},
		{ name: 'not an object', table: ['x'], expected: ['es: not an object of key and text'] }
	])('$name', ({ table, expected }) => {
		expect(translationProblems(dataset, 'es', table)).toEqual(expected);
	});

	it('names the country, the field and the language in the message', () => {
		expect(KEY).toMatch(/^br\/events\/[a-z0-9-]+\/\w+$/);
	});
});
