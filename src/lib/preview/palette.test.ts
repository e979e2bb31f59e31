import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '$lib/data/status';
import { colour, lightColours } from './palette';

const css = readFileSync(new URL('../styles/palette.css', import.meta.url), 'utf8');

describe('lightColours', () => {
	const colours = lightColours(css);

	it.each([...STATUSES.map((s) => `status-${s}`), 'land-none', 'land-stroke', 'ocean'])(
		'reads --%s from the light scheme as a hex colour',
		(name) => {
			expect(colour(colours, name)).toMatch(/^#[0-9a-f]{6}$/i);
		}
	);

	it('takes the light value, not the dark one written later', () => {
		expect(colour(colours, 'ocean')).toBe('#f3f6f8');
		expect(colour(colours, 'status-section')).toBe('#8f1d21');
	});

	it('ignores comments and says which colour is missing', () => {
		const parsed = lightColours('/* --x: red; } */ :root { --a: #010203; }');
		expect([...parsed]).toEqual([['a', '#010203']]);
		expect(() => colour(parsed, 'status-section')).toThrow(/--status-section/);
	});
});
