import { describe, expect, it } from 'vitest';
import type { Bounds } from '$lib/geo/mainland';
import { MIN_SHARE, previewBox } from './frame';

const MAP = { width: 1920, height: 860 };
const ASPECT = 1200 / 630;
const box = (x0: number, y0: number, x1: number, y1: number): Bounds => [
	[x0, y0],
	[x1, y1]
];
const contains = (outer: ReturnType<typeof previewBox>, inner: Bounds) =>
	outer.x <= inner[0][0] &&
	outer.y <= inner[0][1] &&
	outer.x + outer.width >= inner[1][0] &&
	outer.y + outer.height >= inner[1][1];

describe('previewBox', () => {
	it('shows the whole world letterboxed at the image aspect', () => {
		const whole = previewBox(null, MAP, ASPECT);
		expect(whole.width).toBe(1920);
		expect(whole.width / whole.height).toBeCloseTo(ASPECT, 9);
		expect(whole.y).toBeCloseTo(-(whole.height - 860) / 2, 9);
	});

	it.each([
		{ name: 'a small country mid-map (Belgium-sized)', frame: box(930, 250, 945, 262) },
		{ name: 'a large country (Brazil-sized)', frame: box(560, 480, 760, 700) },
		{ name: 'a country at the left edge', frame: box(2, 300, 40, 330) },
		{ name: 'a country at the bottom right', frame: box(1800, 780, 1900, 850) },
		{ name: 'a tall country (Chile-sized)', frame: box(520, 600, 560, 820) }
	])('frames $name at the aspect, inside the map, with the country in it', ({ frame }) => {
		const b = previewBox(frame, MAP, ASPECT);
		expect(b.width / b.height).toBeCloseTo(ASPECT, 9);
		expect(b.width).toBeGreaterThanOrEqual(MAP.width * MIN_SHARE - 1e-9);
		expect(contains(b, frame)).toBe(true);
		expect(b.x).toBeGreaterThanOrEqual(0);
		expect(b.x + b.width).toBeLessThanOrEqual(MAP.width + 1e-9);
		expect(b.y).toBeGreaterThanOrEqual(0);
		expect(b.y + b.height).toBeLessThanOrEqual(MAP.height + 1e-9);
	});

	it('centres a country that needs no clamping', () => {
		const b = previewBox(box(900, 400, 1000, 450), MAP, ASPECT);
		expect(b.x + b.width / 2).toBeCloseTo(950, 9);
		expect(b.y + b.height / 2).toBeCloseTo(425, 9);
	});

	it('never shows more than the whole map wide', () => {
		const b = previewBox(box(0, 0, 1920, 860), MAP, ASPECT);
		expect(b.width).toBe(1920);
	});
});
