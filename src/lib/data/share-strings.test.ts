import { describe, expect, it } from 'vitest';
import { shareStrings } from './share-strings';

// Which copy a value holds cannot be seen from JavaScript (equal strings are ===): these tests
// guard that sharing changes nothing else; the heap it saves is measured by bench/profile-heap.js.
describe('shareStrings', () => {
	it('keeps the tree as it was', () => {
		const tree = { a: ['x', 1, null, { b: 'x', c: true }], d: 'y' };
		expect(shareStrings(structuredClone(tree))).toEqual(tree);
	});

	it('changes the tree in place and returns it', () => {
		const tree = { a: ['x'] };
		expect(shareStrings(tree)).toBe(tree);
	});

	it('leaves scalars as they are', () => {
		expect(shareStrings('x')).toBe('x');
		expect(shareStrings(3)).toBe(3);
		expect(shareStrings(null)).toBe(null);
	});
});
