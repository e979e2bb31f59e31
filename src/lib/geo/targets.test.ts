import { describe, expect, it } from 'vitest';
import type { Ring } from './encode';
import { MIN_TARGET, TARGET_RADIUS, targetFor } from './targets';

/** An axis-aligned rectangle ring at (x, y). */
const box = (x: number, y: number, width: number, height: number): Ring => [
	[x, y],
	[x + width, y],
	[x + width, y + height],
	[x, y + height]
];

describe('targetFor', () => {
	it.each([
		{ name: 'no rings', input: [] as Ring[], expected: null },
		{ name: 'a country as wide as MIN_TARGET', input: [box(0, 0, MIN_TARGET, 2)], expected: null },
		{ name: 'a country as tall as MIN_TARGET', input: [box(0, 0, 2, MIN_TARGET)], expected: null },
		{
			name: 'a country one unit under MIN_TARGET both ways',
			input: [box(100, 200, MIN_TARGET - 1, MIN_TARGET - 1)],
			expected: { x: 112, y: 212, r: TARGET_RADIUS }
		},
		{
			name: 'a small island country, centred on its largest ring',
			input: [box(0, 0, 2, 2), box(50, 60, 10, 6), box(90, 90, 3, 3)],
			expected: { x: 55, y: 63, r: TARGET_RADIUS }
		},
		{
			name: 'a country whose main land is big, though its islands are small',
			input: [box(0, 0, 2, 2), box(200, 200, 40, 30)],
			expected: null
		},
		{
			// The main ring, not the spread of all rings, decides: scattered islets do not make a
			// country easy to hit.
			name: 'small islands spread wider than MIN_TARGET',
			input: [box(0, 0, 4, 4), box(100, 0, 3, 3)],
			expected: { x: 2, y: 2, r: TARGET_RADIUS }
		},
		{
			name: 'a long thin country',
			input: [box(10, 10, 2, 60)],
			expected: null
		},
		{
			name: 'a centre between two whole units, rounded',
			input: [box(0, 0, 5, 3)],
			expected: { x: 3, y: 2, r: TARGET_RADIUS }
		}
	])('gives $name the target $expected', ({ input, expected }) => {
		expect(targetFor(input)).toEqual(expected);
	});
});
