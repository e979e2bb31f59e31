import { describe, expect, it } from 'vitest';
import { zoomsOrPans } from './zoom-gesture';

describe('zoomsOrPans', () => {
	it.each([
		{ name: 'a plain wheel (scrolls the page)', event: { type: 'wheel' }, expected: false },
		{
			name: 'a ctrl-wheel (or a trackpad pinch)',
			event: { type: 'wheel', ctrlKey: true },
			expected: true
		},
		{ name: 'a cmd-wheel', event: { type: 'wheel', metaKey: true }, expected: true },
		{
			name: 'a mouse drag on the zoomed map',
			event: { type: 'mousedown', button: 0 },
			k: 2,
			expected: true
		},
		{
			name: 'a mouse press on the whole map (a click)',
			event: { type: 'mousedown', button: 0 },
			k: 1,
			expected: false
		},
		{ name: 'a right-button drag', event: { type: 'mousedown', button: 2 }, k: 2, expected: false },
		{
			name: 'a ctrl-click (a new tab)',
			event: { type: 'mousedown', button: 0, ctrlKey: true },
			expected: false
		},
		{ name: 'a touch', event: { type: 'touchstart' }, expected: true }
	])('says $expected to $name', ({ event, k, expected }) => {
		expect(zoomsOrPans(event, k ?? 1)).toBe(expected);
	});
});
