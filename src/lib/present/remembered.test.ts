import { describe, expect, it } from 'vitest';
import { recall, remember } from './remembered';

function memory() {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v),
		removeItem: (k: string) => void map.delete(k)
	};
}

const blocked = {
	getItem: (): string | null => {
		throw new Error('blocked');
	},
	setItem: () => {
		throw new Error('blocked');
	},
	removeItem: () => {
		throw new Error('blocked');
	}
};

describe('remembered', () => {
	it('keeps, reads back and forgets a value', () => {
		const storage = memory();
		remember(storage, 'k', 'v');
		expect(recall(storage, 'k')).toBe('v');
		remember(storage, 'k', null);
		expect(storage.map.has('k')).toBe(false);
		expect(recall(storage, 'k')).toBeNull();
	});

	it.each([
		{ name: 'a storage that throws', storage: blocked },
		{ name: 'no storage at all', storage: undefined }
	])('survives $name', ({ storage }) => {
		expect(recall(storage, 'k')).toBeNull();
		expect(() => remember(storage, 'k', 'v')).not.toThrow();
		expect(() => remember(storage, 'k', null)).not.toThrow();
	});
});
