import { describe, expect, it } from 'vitest';
import { handoutFraming, MAP_SHARE, parseFrame, patternScale } from './handout';

const box = (viewBox: string) => viewBox.split(' ').map(Number) as [number, number, number, number];

describe('handoutFraming', () => {
	it('shows the whole world across the map, at the page’s map shape', () => {
		const { viewBox, k } = handoutFraming(null);
		const [x, y, w, h] = box(viewBox);
		expect(x).toBeLessThan(0);
		expect(x + w).toBeGreaterThan(1920);
		expect(y + h / 2).toBeCloseTo(430, 1);
		expect(w / h).toBeCloseTo((1920 * MAP_SHARE) / 1080, 2);
		expect(k).toBeLessThan(1);
	});

	it.each([
		[
			'France',
			[
				[905, 205],
				[975, 275]
			]
		],
		[
			'a small island state',
			[
				[1500, 500],
				[1504, 503]
			]
		],
		[
			'Russia',
			[
				[1060, 60],
				[1700, 260]
			]
		]
	] as const)(
		'frames %s with room around it, zoomed at most 8 times',
		(_, [[x0, y0], [x1, y1]]) => {
			const { viewBox, k } = handoutFraming([
				[x0, y0],
				[x1, y1]
			]);
			const [x, y, w, h] = box(viewBox);
			expect(x).toBeLessThanOrEqual(x0);
			expect(y).toBeLessThanOrEqual(y0);
			expect(x + w).toBeGreaterThanOrEqual(x1);
			expect(y + h).toBeGreaterThanOrEqual(y1);
			expect(x + w / 2).toBeCloseTo((x0 + x1) / 2, 1);
			expect(k).toBeLessThanOrEqual(8 + 1e-9);
			expect(k).toBeCloseTo((1920 * MAP_SHARE) / w, 1);
		}
	);
});

describe('patternScale', () => {
	it.each([
		[0.6, 4],
		[1.5, 4],
		[3, 2],
		[8, 0.75]
	])('at zoom %d: %d', (k, scale) => expect(patternScale(k)).toBeCloseTo(scale, 6));
});

describe('parseFrame', () => {
	it.each([
		[
			'905.1 205 975.5 275',
			[
				[905.1, 205],
				[975.5, 275]
			]
		],
		[
			' 1 2 3 4 ',
			[
				[1, 2],
				[3, 4]
			]
		],
		['', null],
		[undefined, null],
		['1 2 3', null],
		['1 2 3 NaN', null],
		['1 2 3 4 5', null]
	])('%j → %j', (value, bounds) => expect(parseFrame(value)).toEqual(bounds));
});
