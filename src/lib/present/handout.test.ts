import { describe, expect, it } from 'vitest';
import type { Bounds } from '$lib/geo/mainland';
import { MAP_WIDTH } from '$lib/geo/projection';
import { frameStop } from './framing';
import { handoutFraming, MAP_SHARE, patternScale } from './handout';

const box = (viewBox: string) => viewBox.split(' ').map(Number) as [number, number, number, number];

describe('handoutFraming', () => {
	const stage = { left: 0, top: 0, width: 1920 * MAP_SHARE, height: 1080 };
	const unit = 1920 / MAP_WIDTH;

	it.each([
		{ name: 'the world', frame: null },
		{
			name: 'France',
			frame: [
				[905, 205],
				[975, 275]
			] as Bounds
		}
	])('draws $name as the talk frames it, at the page’s map shape', ({ frame }) => {
		const camera = frameStop(frame, stage, unit);
		const { viewBox, k } = handoutFraming(frame);
		const [x, y, w, h] = box(viewBox);
		expect(x + w / 2).toBeCloseTo(camera.cx, 1);
		expect(y + h / 2).toBeCloseTo(camera.cy, 1);
		expect(w).toBeCloseTo(camera.w, 1);
		expect(w / h).toBeCloseTo(stage.width / stage.height, 2);
		expect(k).toBeCloseTo(stage.width / (camera.w * unit), 6);
	});
});

describe('patternScale', () => {
	it.each([
		[0.6, 4],
		[1.5, 4],
		[3, 2],
		[8, 0.75]
	])('at zoom %d: %d', (k, scale) => expect(patternScale(k)).toBeCloseTo(scale, 6));
});
