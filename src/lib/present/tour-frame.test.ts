import { describe, expect, it } from 'vitest';
import type { Bounds } from '$lib/geo/mainland';
import { MAP_HEIGHT, MAP_WIDTH } from '$lib/geo/projection';
import { frameStop } from './framing';
import { MAP_SHARE } from './handout';
import { tourFrame } from './tour-frame';

const SIZE = { width: 1920, height: 1080 };
const unit = SIZE.width / MAP_WIDTH;
const stage = { left: 0, top: 0, width: Math.round(SIZE.width * MAP_SHARE), height: SIZE.height };

describe('tourFrame', () => {
	it.each<{ name: string; frame: Bounds | null }>([
		{
			name: 'France',
			frame: [
				[905, 205],
				[975, 275]
			]
		},
		{ name: 'the world', frame: null }
	])(
		'centres $name in the part of the frame the panel leaves free, as the talk does',
		({ frame }) => {
			const camera = frameStop(frame, stage, unit);
			const { region, k, panelX } = tourFrame(frame, SIZE);
			const [[x0, y0], [x1, y1]] = region;
			// The region spans the whole frame; the stage is its first MAP_SHARE of the width.
			expect((x1 - x0) / (y1 - y0)).toBeCloseTo(SIZE.width / SIZE.height, 3);
			expect(x0 + ((x1 - x0) * stage.width) / SIZE.width / 2).toBeCloseTo(camera.cx, 1);
			expect((y0 + y1) / 2).toBeCloseTo(camera.cy, 1);
			expect(k).toBeCloseTo(stage.width / (camera.w * unit), 6);
			expect(panelX).toBe(stage.width);
		}
	);

	it('zooms in on a country, small rings gone, and shows the whole world with them', () => {
		const france = tourFrame(
			[
				[905, 205],
				[975, 275]
			],
			SIZE
		);
		expect(france.k).toBeGreaterThan(3);
		expect(france.rings).toBe(false);
		const world = tourFrame(null, SIZE);
		expect(world.k).toBeLessThan(1);
		expect(world.rings).toBe(true);
		const [[, y0], [, y1]] = world.region;
		expect(y1 - y0).toBeGreaterThanOrEqual(MAP_HEIGHT);
	});
});
