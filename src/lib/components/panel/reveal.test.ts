import { describe, expect, it } from 'vitest';
import { revealBy } from './reveal';

describe('revealBy', () => {
	it.each([
		{ name: 'a top at the screen top stays', top: 0, viewport: 740, expected: 0 },
		{ name: 'a top under the map on a phone stays', top: 340, viewport: 740, expected: 0 },
		{ name: 'a top at half the screen stays', top: 370, viewport: 740, expected: 0 },
		{
			name: 'a top low on the screen comes up to the line',
			top: 600,
			viewport: 740,
			expected: 230
		},
		{
			name: 'a top below the screen comes up to the line',
			top: 1520.4,
			viewport: 740,
			expected: 1150
		},
		{ name: 'a top above the screen comes down', top: -1500, viewport: 740, expected: -1500 },
		{ name: 'a top just above the screen comes down', top: -1, viewport: 844, expected: -1 },
		{
			name: 'on a short screen a low top comes to the top',
			top: 300,
			viewport: 360,
			expected: 300
		},
		{ name: 'no screen: no scroll', top: 900, viewport: 0, expected: 0 },
		{ name: 'no measure: no scroll', top: Number.NaN, viewport: 740, expected: 0 }
	])('$name', ({ top, viewport, expected }) => {
		expect(revealBy(top, viewport)).toBe(expected);
	});
});
