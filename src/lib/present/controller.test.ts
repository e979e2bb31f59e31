import { describe, expect, it } from 'vitest';
import { Presentation } from './controller.svelte';
import type { Stop } from './tour';

const stops: Stop[] = [
	{ kind: 'tendency' },
	{ kind: 'country', iso2: 'gb' },
	{ kind: 'country', iso2: 'br' },
	{ kind: 'country', iso2: 'fr' },
	{ kind: 'world' }
];

describe('Presentation', () => {
	it('steps forward and back within the tour', () => {
		const show = new Presentation(stops);
		expect(show.progress).toBe('1 / 5');
		expect(show.previous()).toBe(false);
		show.next();
		show.next();
		show.next();
		expect(show.progress).toBe('4 / 5');
		expect(show.stop).toEqual({ kind: 'country', iso2: 'fr' });
		show.previous();
		expect(show.index).toBe(2);
		show.last();
		expect(show.atEnd).toBe(true);
		expect(show.next()).toBe(false);
		show.first();
		expect(show.atStart).toBe(true);
	});

	it('remembers every stop visited', () => {
		const show = new Presentation(stops);
		show.jump(3);
		show.first();
		expect([...show.visited].sort()).toEqual([0, 2]);
	});

	it.each([
		{ name: 'past the end', n: 9, index: 4 },
		{ name: 'before the start', n: -3, index: 0 },
		{ name: 'the second', n: 2, index: 1 }
	])('jumps $name (stop $n) to index $index', ({ n, index }) => {
		const show = new Presentation(stops, 2);
		show.jump(n);
		expect(show.index).toBe(index);
	});

	it('starts where asked, within the tour', () => {
		expect(new Presentation(stops, 3).index).toBe(3);
		expect(new Presentation(stops, 40).index).toBe(4);
		expect(() => new Presentation([])).toThrow();
	});

	it('toggles blackout, theme and help', () => {
		const show = new Presentation(stops);
		show.toggleBlackout();
		show.toggleTheme();
		show.toggleHelp();
		expect([show.blackout, show.theme, show.help]).toEqual([true, 'light', true]);
		show.toggleBlackout();
		show.toggleTheme();
		expect([show.blackout, show.theme]).toEqual([false, 'dark']);
	});

	it('walks the parts of a stop too long for the screen with the same keys', () => {
		const show = new Presentation(stops, 1);
		show.setParts(2);
		expect(show.next()).toBe(true);
		expect([show.index, show.part]).toEqual([1, 1]);
		show.next();
		expect([show.index, show.part, show.parts]).toEqual([2, 0, 1]);
		show.previous();
		expect([show.index, show.part]).toEqual([1, 0]);
		// Measured again on arrival: back into a split stop lands on its last part.
		show.setParts(2);
		expect([show.index, show.part]).toEqual([1, 1]);
		show.jump(4);
		expect([show.index, show.part, show.parts]).toEqual([3, 0, 1]);
	});

	it('follows another window to a part, the last one when it is not yet measured', () => {
		const show = new Presentation(stops, 1);
		show.showPart(1, 2);
		expect([show.part, show.parts]).toEqual([1, 2]);
		show.go(2);
		show.showPart(-1);
		show.setParts(3);
		expect(show.part).toBe(2);
	});
});
