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
		{ key: 'b', type: 'blackout' },
		{ key: 't', type: 'theme' },
		{ key: '?', type: 'help' },
		{ key: 's', type: 'presenter' },
		{ key: 'Escape', type: 'leave' }
	])('$key means $type', ({ key, type }) => {
		expect(readKey(key, '').command?.type).toBe(type);
	});

	it('ignores keys it has no use for', () => {
		expect(readKey('x', '')).toEqual({ command: null, digits: '' });
		expect(readKey('Shift', '')).toEqual({ command: null, digits: '' });
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
});
