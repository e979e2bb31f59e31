import { describe, expect, it } from 'vitest';
import { MIN_SWIPE, swipeOf } from './swipe';

const at = (clientX: number, clientY: number) => ({ clientX, clientY });

describe('swipeOf', () => {
	it.each([
		['a long swipe left', at(300, 100), at(100, 110), 'next'],
		['a long swipe right', at(100, 100), at(300, 90), 'previous'],
		['a tap', at(100, 100), at(103, 101), null],
		['just short of a swipe', at(100, 100), at(100 - MIN_SWIPE + 1, 100), null],
		['a mostly vertical drag', at(100, 100), at(30, 300), null]
	])('%s gives %s', (_, start, end, expected) => expect(swipeOf(start, end)).toBe(expected));
});
