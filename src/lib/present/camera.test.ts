import { describe, expect, it } from 'vitest';
import type { Bounds } from '$lib/geo/mainland';
import { cameraFor, cssOf, flight, transformFor, type Stage } from './camera';

const stage: Stage = { left: 0, top: 0, width: 1200, height: 1000 };
const unit = 1; // 1920 CSS px for a 1920-unit map

/** Where map point (x, y) lands on screen under a transform. */
const place = (t: { k: number; x: number; y: number }, x: number, y: number): [number, number] => [
	t.x + t.k * unit * x,
	t.y + t.k * unit * y
];

describe('cameraFor + transformFor', () => {
	it.each<[string, Bounds, Stage]>([
		[
			'a wide box',
			[
				[100, 100],
				[500, 200]
			],
			stage
		],
		[
			'a tall box',
			[
				[900, 50],
				[950, 450]
			],
			stage
		],
		[
			'a stage offset from the corner',
			[
				[100, 100],
				[500, 200]
			],
			{ ...stage, left: 300, top: 80 }
		]
	])('fits %s inside the stage, centred, with padding', (_, bounds, s) => {
		const t = transformFor(cameraFor(bounds, s, unit), s, unit);
		const [[x0, y0], [x1, y1]] = bounds;
		const [sx0, sy0] = place(t, x0, y0);
		const [sx1, sy1] = place(t, x1, y1);
		expect((sx0 + sx1) / 2).toBeCloseTo(s.left + s.width / 2, 6);
		expect((sy0 + sy1) / 2).toBeCloseTo(s.top + s.height / 2, 6);
		expect(sx0).toBeGreaterThanOrEqual(s.left + 0.12 * s.width - 1e-6);
		expect(sy0).toBeGreaterThanOrEqual(s.top + 0.12 * s.height - 1e-6);
		// One side touches the padding: the box is as large as it can be.
		const fillsWidth = Math.abs(sx1 - sx0 - 0.76 * s.width) < 1e-6;
		const fillsHeight = Math.abs(sy1 - sy0 - 0.76 * s.height) < 1e-6;
		expect(fillsWidth || fillsHeight).toBe(true);
	});

	it('zooms out below 1 when the whole map must fit a narrow stage', () => {
		const camera = cameraFor(
			[
				[0, 0],
				[1920, 860]
			],
			stage,
			unit
		);
		expect(transformFor(camera, stage, unit).k).toBeLessThan(1);
	});

	it('stops at the maximum scale for a tiny country', () => {
		const camera = cameraFor(
			[
				[500, 400],
				[502, 401]
			],
			stage,
			unit,
			{ maxScale: 8 }
		);
		expect(transformFor(camera, stage, unit).k).toBeCloseTo(8, 9);
	});

	it('scales with the layout: twice the CSS pixels per unit, the same picture', () => {
		const bounds: Bounds = [
			[300, 200],
			[600, 400]
		];
		const big = { left: 0, top: 0, width: 2400, height: 2000 };
		const a = transformFor(cameraFor(bounds, stage, 1), stage, 1);
		const b = transformFor(cameraFor(bounds, big, 2), big, 2);
		expect(b.k).toBeCloseTo(a.k, 9);
		expect(b.x).toBeCloseTo(2 * a.x, 6);
	});
});

describe('flight', () => {
	const a = { cx: 200, cy: 300, w: 400 };
	const b = { cx: 1500, cy: 300, w: 100 };

	it('starts at one camera and ends at the other', () => {
		const path = flight(a, b, 10);
		expect(path).toHaveLength(11);
		expect(path[0]!.cx).toBeCloseTo(a.cx, 9);
		expect(path[10]!.cx).toBeCloseTo(b.cx, 9);
		expect(path[10]!.w).toBeCloseTo(b.w, 9);
	});

	it('zooms out on the way between far places', () => {
		const widest = Math.max(...flight(a, b).map((c) => c.w));
		expect(widest).toBeGreaterThan(a.w);
	});

	it('moves the centre monotonically towards the target', () => {
		const xs = flight(a, b).map((c) => c.cx);
		expect(xs.every((x, i) => i === 0 || x >= xs[i - 1]!)).toBe(true);
	});
});

describe('cssOf', () => {
	it('writes translate then scale, which a transform-origin of 0 0 expects', () => {
		expect(cssOf({ k: 2, x: -10.5, y: 3 })).toBe('translate(-10.50px, 3.00px) scale(2.00000)');
	});
});
