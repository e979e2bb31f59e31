import { describe, expect, it } from 'vitest';
import { keyParts } from './key-parts';

const key = (text: string) => ({ text, key: true });
const words = (text: string) => ({ text, key: false });

describe('keyParts', () => {
	it.each([
		{ name: 'one key', row: '[F]', expected: [key('F')] },
		{
			name: 'keys and words between',
			row: '[Home] / [End]',
			expected: [key('Home'), words(' / '), key('End')]
		},
		{
			name: 'words before and after',
			row: 'A number, then [Enter]',
			expected: [words('A number, then '), key('Enter')]
		},
		{ name: 'keys side by side', row: '[→] [↓]', expected: [key('→'), words(' '), key('↓')] },
		{ name: 'the question mark key', row: '[?]', expected: [key('?')] },
		{ name: 'words only', row: 'Swipe left', expected: [words('Swipe left')] },
		{ name: 'an empty bracket is text', row: 'a [] b', expected: [words('a [] b')] },
		{ name: 'an open bracket is text', row: '[Home / End', expected: [words('[Home / End')] },
		{ name: 'nothing', row: '', expected: [] }
	])('$name', ({ row, expected }) => {
		expect(keyParts(row)).toEqual(expected);
	});
});
