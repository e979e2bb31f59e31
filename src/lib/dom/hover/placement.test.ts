import { describe, expect, it } from 'vitest';
import { placeCard } from './placement';

/** A card of four short lines with its gap; `wide` has a long line (a period's note). */
const CARD = { width: 280, height: 120 };
const WIDE = { width: 330, height: 140 };

const desktop = { width: 1200, height: 540 };
const phone = { width: 336, height: 150 };

describe('placeCard', () => {
	it.each([
		{
			name: 'in the middle of a desktop map',
			point: { x: 600, y: 270 },
			frame: desktop,
			expected: { left: false, up: false }
		},
		{
			name: 'near the right edge',
			point: { x: 1100, y: 100 },
			frame: desktop,
			expected: { left: true, up: false }
		},
		{
			name: 'near the bottom edge',
			point: { x: 300, y: 500 },
			frame: desktop,
			expected: { left: false, up: true }
		},
		{
			name: 'in the bottom right corner',
			point: { x: 1150, y: 530 },
			frame: desktop,
			expected: { left: true, up: true }
		},
		{
			name: 'just where the card still fits below',
			point: { x: 10, y: desktop.height - CARD.height },
			frame: desktop,
			expected: { left: false, up: false }
		},
		{
			name: 'one pixel lower',
			point: { x: 10, y: desktop.height - CARD.height + 1 },
			frame: desktop,
			expected: { left: false, up: true }
		},
		{
			name: 'high on a phone map shorter than the card',
			point: { x: 40, y: 50 },
			frame: phone,
			expected: { left: false, up: false }
		},
		{
			name: 'low on a phone map shorter than the card',
			point: { x: 40, y: 100 },
			frame: phone,
			expected: { left: false, up: true }
		},
		{
			name: 'right of the middle on a phone map narrower than two cards',
			point: { x: 200, y: 20 },
			frame: phone,
			expected: { left: true, up: false }
		},
		{
			name: 'where a short card fits but a wide one would not',
			point: { x: desktop.width - 300, y: 100 },
			frame: desktop,
			card: WIDE,
			expected: { left: true, up: false }
		},
		{
			name: 'where a short card fits below but a tall one would not',
			point: { x: 10, y: desktop.height - 130 },
			frame: desktop,
			card: WIDE,
			expected: { left: false, up: true }
		}
	])('places the card $name: $expected', ({ point, frame, card, expected }) => {
		expect(placeCard(point, frame, card ?? CARD)).toMatchObject(expected);
	});

	const wide = { width: 640, height: 400 };
	it.each([
		{ name: 'where it fits', x: 100, frame: wide, card: CARD, dx: 0 },
		// A card of 330 with its gap, the pointer at 320 of 640: neither side has room.
		{ name: 'past the right edge, neither side fitting', x: 320, frame: wide, card: WIDE, dx: -10 },
		{ name: 'past the left edge when flipped', x: 325, frame: wide, card: WIDE, dx: 5 }
	])('moves a card $name by $dx, inside the frame', ({ x, frame, card, dx }) => {
		const place = placeCard({ x, y: 10 }, frame, card);
		expect(place.dx).toBe(dx);
		const start = (place.left ? x - card.width : x) + place.dx;
		expect(start).toBeGreaterThanOrEqual(0);
		expect(start + card.width).toBeLessThanOrEqual(frame.width);
	});

	it.each([
		{ name: 'not flipped', x: 5, dx: -5 },
		{ name: 'flipped', x: 150, dx: 180 }
	])('puts a card wider than its frame, $name, at the left edge', ({ x, dx }) => {
		const place = placeCard({ x, y: 10 }, { width: 200, height: 400 }, WIDE);
		expect(place.dx).toBe(dx);
		expect((place.left ? x - WIDE.width : x) + place.dx).toBe(0);
	});
});
