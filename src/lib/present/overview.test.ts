import { describe, expect, it } from 'vitest';
import { overviewMove } from './overview';

// 10 stops in 4 columns:  0 1 2 3 / 4 5 6 7 / 8 9
describe('overviewMove', () => {
	it.each([
		{ key: 'ArrowRight', at: 0, to: 1 },
		{ key: 'ArrowRight', at: 3, to: 4 },
		{ key: 'ArrowRight', at: 9, to: 9 },
		{ key: 'ArrowLeft', at: 4, to: 3 },
		{ key: 'ArrowLeft', at: 0, to: 0 },
		{ key: 'ArrowDown', at: 1, to: 5 },
		{ key: 'ArrowDown', at: 5, to: 9 },
		{ key: 'ArrowDown', at: 7, to: 7 },
		{ key: 'ArrowUp', at: 9, to: 5 },
		{ key: 'ArrowUp', at: 2, to: 2 },
		{ key: 'Home', at: 6, to: 0 },
		{ key: 'End', at: 2, to: 9 },
		// Nothing focused yet (-1): the first step lands inside the grid.
		{ key: 'ArrowRight', at: -1, to: 1 },
		{ key: 'Enter', at: 2, to: null },
		{ key: 'a', at: 2, to: null }
	])('$key from $at goes to $to', ({ key, at, to }) => {
		expect(overviewMove(key, at, 10, 4)).toBe(to);
	});

	it.each([
		{ name: 'one column: ↓ is the next stop', columns: 1, key: 'ArrowDown', at: 3, to: 4 },
		{ name: 'a nonsense column count counts as one', columns: 0, key: 'ArrowUp', at: 3, to: 2 },
		{ name: 'more columns than stops: ↓ stays', columns: 12, key: 'ArrowDown', at: 3, to: 3 }
	])('$name', ({ columns, key, at, to }) => expect(overviewMove(key, at, 10, columns)).toBe(to));

	it('an empty tour has nowhere to go', () => {
		expect(overviewMove('End', 0, 0, 3)).toBeNull();
	});
});
