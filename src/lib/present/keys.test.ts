import { describe, expect, it } from 'vitest';
import { readKey } from './keys';

describe('readKey', () => {
	it.each([
		...['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'].map((key) => ({ key, type: 'next' })),
		...['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].map((key) => ({ key, type: 'previous' })),
		{ key: 'Home', type: 'first' },
		{ key: 'End', type: 'last' },
		{ key: 'f', type: 'fullscreen' },
		{ key: 'F', type: 'fullscreen' },
		// A clicker's start button: PowerPoint's F5 (Shift+F5 reads as F5 too).
		{ key: 'F5', type: 'start' },
		// A clicker's stop button sends Escape: the window decides, it never leaves on its own.
		{ key: 'Escape', type: 'escape' },
		{ key: 'b', type: 'blackout' },
		{ key: 'B', type: 'blackout' },
		{ key: '.', type: 'blackout' },
		{ key: 't', type: 'theme' },
		{ key: '?', type: 'help' },
		{ key: 'o', type: 'overview' },
		{ key: 'O', type: 'overview' },
		{ key: '/', type: 'find' },
		{ key: 's', type: 'presenter' },
		{ key: 'q', type: 'leave' },
		{ key: 'Q', type: 'leave' }
	])('$key means $type', ({ key, type }) => {
		expect(readKey(key, '').command?.type).toBe(type);
	});

	it('ignores keys it has no use for', () => {
		expect(readKey('x', '')).toEqual({ command: null, digits: '' });
		expect(readKey('Shift', '')).toEqual({ command: null, digits: '' });
		expect(readKey('F6', '')).toEqual({ command: null, digits: '' });
	});

	it('collects digits and jumps on Enter', () => {
		let state = readKey('1', '');
		state = readKey('2', state.digits);
		expect(state).toEqual({ command: null, digits: '12' });
		expect(readKey('Enter', state.digits)).toEqual({
			command: { type: 'goto', stop: 12 },
			digits: ''
		});
	});

	it('forgets typed digits when another key comes', () => {
		expect(readKey('ArrowRight', '3')).toEqual({ command: { type: 'next' }, digits: '' });
	});

	describe('with keys taught from a clicker', () => {
		const learned = { x: 'next', b: 'previous', Escape: 'blackout', '5': 'next' } as const;

		it.each([
			{ key: 'x', type: 'next' },
			// A taught key wins over the built-in one.
			{ key: 'b', type: 'previous' },
			{ key: 'Escape', type: 'blackout' },
			// Keys not taught keep their meaning; case matters for taught keys only.
			{ key: 'PageDown', type: 'next' },
			{ key: 'B', type: 'blackout' },
			{ key: 'q', type: 'leave' }
		])('$key means $type', ({ key, type }) => {
			expect(readKey(key, '', learned).command?.type).toBe(type);
		});

		it('a taught digit moves on and drops the digits typed before it', () => {
			expect(readKey('5', '1', learned)).toEqual({ command: { type: 'next' }, digits: '' });
		});
	});
});
