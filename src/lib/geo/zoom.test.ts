import { describe, expect, it } from 'vitest';
import { frameBounds } from './zoom';
import type { Bounds } from './mainland';

const view = { width: 1000, height: 500 };
const apply = (t: { k: number; x: number; y: number }, [x, y]: [number, number]) => [
	t.k * x + t.x,
	t.k * y + t.y
];

describe('frameBounds', () => {
	it.each([
		{
			name: 'a wide box',
			box: [
				[100, 100],
				[300, 140]
			] as Bounds
		},
		{
			name: 'a tall box',
			box: [
				[600, 50],
				[640, 250]
			] as Bounds
		},
		{
			name: 'a tiny box (capped zoom)',
			box: [
				[10, 10],
				[12, 12]
			] as Bounds
		}
	])('centres $name in the view and keeps it inside the padding', ({ box }) => {
		const t = frameBounds(box, view, { padding: 0.1, maxScale: 12 });
		const [cx, cy] = apply(t, [(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2]);
		expect(cx).toBeCloseTo(view.width / 2, 6);
		expect(cy).toBeCloseTo(view.height / 2, 6);
		const [x0, y0] = apply(t, box[0]);
		const [x1, y1] = apply(t, box[1]);
		expect(x0).toBeGreaterThanOrEqual(view.width * 0.1 - 1e-6);
		expect(y0).toBeGreaterThanOrEqual(view.height * 0.1 - 1e-6);
		expect(x1).toBeLessThanOrEqual(view.width * 0.9 + 1e-6);
		expect(y1).toBeLessThanOrEqual(view.height * 0.9 + 1e-6);
		expect(t.k).toBeLessThanOrEqual(12);
	});

	it('fills the limiting side exactly', () => {
		const t = frameBounds(
			[
				[100, 100],
				[300, 140]
			],
			view,
			{ padding: 0.1 }
		);
		expect(t.k * 200).toBeCloseTo(view.width * 0.8, 6);
	});

	it('never zooms out past the whole map', () => {
		expect(
			frameBounds(
				[
					[0, 0],
					[5000, 5000]
				],
				view
			).k
		).toBe(1);
	});
});
