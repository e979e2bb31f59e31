import { describe, expect, it } from 'vitest';
import {
	CLICKER_KEY,
	clickerCommand,
	skip,
	startTeaching,
	storeClicker,
	storedClicker,
	taught,
	teach,
	teachable
} from './clicker';

const pressAll = (keys: string[]) => keys.reduce(teach, startTeaching());

describe('teaching a clicker', () => {
	it.each<{ name: string; keys: string[]; learned: Record<string, string> }>([
		{
			name: 'three buttons, three keys',
			keys: ['x', 'z', 'F9'],
			learned: { x: 'next', z: 'previous', F9: 'blackout' }
		},
		{
			name: 'a key sent for two buttons is asked for again',
			keys: ['PageDown', 'PageDown', 'PageUp', '.'],
			learned: { PageDown: 'next', PageUp: 'previous', '.': 'blackout' }
		},
		{
			name: 'modifiers, Tab, ? and Q are not buttons',
			keys: ['Shift', 'ArrowRight', 'Tab', '?', 'q', 'Q', 'ArrowLeft', 'Escape'],
			learned: { ArrowRight: 'next', ArrowLeft: 'previous', Escape: 'blackout' }
		},
		{
			name: 'a key named like an object property is a key like any',
			keys: ['toString', 'constructor', 'x'],
			learned: { toString: 'next', constructor: 'previous', x: 'blackout' }
		},
		{
			name: 'keys after the last action are not taken',
			keys: ['a', 'b', 'c', 'd'],
			learned: { a: 'next', b: 'previous', c: 'blackout' }
		}
	])('$name', ({ keys, learned }) => {
		const teaching = pressAll(keys);
		expect(teaching.learned).toEqual(learned);
		expect(taught(teaching)).toBe(true);
	});

	it('skips a button the clicker does not have', () => {
		const teaching = teach(teach(startTeaching(), 'x'), 'z');
		expect(taught(teaching)).toBe(false);
		const done = skip(teaching);
		expect(taught(done)).toBe(true);
		expect(done.learned).toEqual({ x: 'next', z: 'previous' });
		expect(skip(done)).toBe(done);
	});

	it.each([
		{ key: 'F5', ok: true },
		{ key: '.', ok: true },
		{ key: 'Control', ok: false },
		{ key: '', ok: false },
		{ key: 'q', ok: false }
	])('$key is teachable: $ok', ({ key, ok }) => expect(teachable(key)).toBe(ok));
});

describe('a taught key', () => {
	const learned = { x: 'next', toString: 'previous' } as const;

	it.each([
		{ key: 'x', action: 'next' },
		{ key: 'toString', action: 'previous' },
		{ key: 'X', action: null },
		{ key: 'constructor', action: null }
	])('$key does $action', ({ key, action }) => expect(clickerCommand(learned, key)).toBe(action));
});

describe('kept on this browser', () => {
	const memory = (text?: string) => {
		const map = new Map<string, string>(text === undefined ? [] : [[CLICKER_KEY, text]]);
		return {
			map,
			getItem: (k: string) => map.get(k) ?? null,
			setItem: (k: string, v: string) => void map.set(k, v),
			removeItem: (k: string) => void map.delete(k)
		};
	};

	it('round-trips, and an empty map forgets', () => {
		const storage = memory();
		storeClicker(storage, { x: 'next', '.': 'blackout' });
		expect(storedClicker(storage)).toEqual({ x: 'next', '.': 'blackout' });
		storeClicker(storage, {});
		expect(storage.map.has(CLICKER_KEY)).toBe(false);
	});

	it.each([
		{ name: 'nothing kept', text: undefined, learned: {} },
		{ name: 'not JSON', text: '{x', learned: {} },
		{ name: 'an array', text: '["next"]', learned: {} },
		{ name: 'null', text: 'null', learned: {} },
		{
			name: 'unknown actions and untaught keys dropped',
			text: '{"x":"next","y":"leave","q":"next","Shift":"previous","z":3}',
			learned: { x: 'next' }
		}
	])('$name', ({ text, learned }) => expect(storedClicker(memory(text))).toEqual(learned));
});
