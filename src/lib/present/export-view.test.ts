import { describe, expect, it } from 'vitest';
import { visibleRegion } from './export-view';
import { cameraFor, transformFor } from './camera';
import type { Bounds } from '$lib/geo/mainland';

describe('visibleRegion', () => {
	it('is the whole map when the map fills the screen unmoved', () => {
		expect(
			visibleRegion({ a: 1, e: 0, f: 0 }, { left: 0, top: 0, width: 1920, height: 860 })
		).toEqual([
			[0, 0],
			[1920, 860]
		]);
	});

	// France's main territory, framed as the presentation frames it, read back from the matrix.
	const france: Bounds = [
		[905, 205],
		[975, 275]
	];
	it.each([
		['1920x1080', 1920, { left: 0, top: 0, width: 1229, height: 1080 }],
		['1280x800', 1280, { left: 0, top: 0, width: 819, height: 800 }],
		['portrait 1080x1920', 1080, { left: 0, top: 0, width: 1080, height: 864 }]
	])('holds the framed country at %s, centred', (_, width, stage) => {
		const unit = width / 1920;
		const camera = cameraFor(france, stage, unit, { padding: 0.2, maxScale: 8 });
		const t = transformFor(camera, stage, unit);
		const [[x0, y0], [x1, y1]] = visibleRegion({ a: t.k * unit, e: t.x, f: t.y }, stage);
		expect(x0).toBeLessThan(905);
		expect(y0).toBeLessThan(205);
		expect(x1).toBeGreaterThan(975);
		expect(y1).toBeGreaterThan(275);
		expect((x0 + x1) / 2).toBeCloseTo(940, 6);
		expect((y0 + y1) / 2).toBeCloseTo(240, 6);
		// The region has the stage's shape.
		expect((x1 - x0) / (y1 - y0)).toBeCloseTo(stage.width / stage.height, 6);
	});

	it('survives a degenerate matrix', () => {
		const [[x0], [x1]] = visibleRegion(
			{ a: 0, e: 0, f: 0 },
			{ left: 0, top: 0, width: 10, height: 10 }
		);
		expect(x1 - x0).toBe(10);
	});
});
