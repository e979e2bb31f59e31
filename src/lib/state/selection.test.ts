import { describe, expect, it } from 'vitest';
import { selectedIso } from './selection';

describe('selectedIso', () => {
	it('takes the history state first, then the route', () => {
		expect(selectedIso({ selected: 'br' }, { iso2: 'fr' })).toBe('br');
		expect(selectedIso({ selected: null }, { iso2: 'fr' })).toBeNull();
		expect(selectedIso({}, { iso2: 'fr' })).toBe('fr');
		expect(selectedIso({}, {})).toBeNull();
	});

	it('selects nothing for a code that has no page', () => {
		for (const iso2 of ['BR', 'Br', 'bra', 'b', '', 'a"b', '<script>', '\0']) {
			expect(selectedIso({}, { iso2 }), iso2).toBeNull();
		}
	});
});
