import { describe, expect, it } from 'vitest';
import { stepAt, stepNext, stepPrevious, withParts, type Step } from './steps';

const at = (index: number, part = 0, parts = 1, toLast = false): Step => ({
	index,
	part,
	parts,
	toLast
});

describe('stepNext', () => {
	it.each([
		{ name: 'a whole stop moves to the next stop', step: at(2), expected: at(3) },
		{ name: 'the first part of two moves to the second', step: at(2, 0, 2), expected: at(2, 1, 2) },
		{ name: 'the last part moves to the next stop', step: at(2, 1, 2), expected: at(3) },
		{ name: 'the end of the tour stays', step: at(4), expected: at(4) },
		{ name: 'the end still walks its parts', step: at(4, 0, 2), expected: at(4, 1, 2) }
	])('$name', ({ step, expected }) => expect(stepNext(step, 5)).toEqual(expected));
});

describe('stepPrevious', () => {
	it.each([
		{ name: 'a second part goes to the first', step: at(2, 1, 2), expected: at(2, 0, 2) },
		{
			name: 'a first part goes to the previous stop’s last',
			step: at(2, 0, 2),
			expected: at(1, 0, 1, true)
		},
		{ name: 'the start stays', step: at(0), expected: at(0) }
	])('$name', ({ step, expected }) => expect(stepPrevious(step)).toEqual(expected));
});

describe('withParts', () => {
	it.each([
		{
			name: 'going back lands on the last part',
			step: at(1, 0, 1, true),
			parts: 2,
			expected: at(1, 1, 2)
		},
		{ name: 'going forward stays on the first', step: at(1), parts: 2, expected: at(1, 0, 2) },
		{
			name: 'a part past the measured ones is clamped',
			step: at(1, 1, 2),
			parts: 1,
			expected: at(1, 0, 1)
		},
		{ name: 'nonsense counts as one part', step: at(1), parts: Number.NaN, expected: at(1) }
	])('$name', ({ step, parts, expected }) => expect(withParts(step, parts)).toEqual(expected));

	it('a walk through a split stop and back', () => {
		let step = withParts(stepAt(0), 2);
		step = stepNext(step, 3);
		expect(step).toEqual(at(0, 1, 2));
		step = stepNext(step, 3);
		expect(step).toEqual(at(1));
		step = withParts(stepPrevious(step), 2);
		expect(step).toEqual(at(0, 1, 2));
	});
});
