import { describe, expect, it } from 'vitest';
import { pieces, slotArgs } from './slots';

const fill = (template: string, names: string[]) => {
	const args = slotArgs(...names);
	return template.replace(/\{(\w+)\}/g, (_, n: string) => args[n] ?? `{${n}}`);
};

describe('pieces', () => {
	it.each([
		{
			name: 'two links in English order',
			message: fill('{map} or {list}.', ['map', 'list']),
			expected: [{ slot: 'map' }, { text: ' or ' }, { slot: 'list' }, { text: '.' }]
		},
		{
			name: 'a slot inside French guillemets',
			message: fill('article « {article} » ({licence})', ['article', 'licence']),
			expected: [
				{ text: 'article « ' },
				{ slot: 'article' },
				{ text: ' » (' },
				{ slot: 'licence' },
				{ text: ')' }
			]
		},
		{ name: 'no slot', message: 'Plain text.', expected: [{ text: 'Plain text.' }] },
		{
			name: 'slots side by side',
			message: fill('{a}{b}', ['a', 'b']),
			expected: [{ slot: 'a' }, { slot: 'b' }]
		}
	])('$name', ({ message, expected }) => {
		expect(pieces(message)).toEqual(expected);
	});
});
