import { describe, expect, it } from 'vitest';
import { CARD, placeCard } from './placement';

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
		}
	])('places the card $name: $expected', ({ point, frame, expected }) => {
		expect(placeCard(point, frame)).toEqual(expected);
	});
});
